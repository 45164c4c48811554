/**
 * The data-quality check as chat text (the `quality-*` keys of
 * locales/*.ftl). Pure: the caller supplies the translation function of the
 * reader's language.
 */
import { formatDateVi } from "../time/format.js";
import type { QualityList, QualityResult, QualityTask } from "./check-quality.js";

/** Formats one locale key; a conversation's `ctx.t` fits. */
export type TranslateFn = (key: string, args?: Record<string, string | number>) => string;

/** Longest title shown before it is cut with "…". */
const TITLE_MAX = 80;

/**
 * The lines of the report: a title, then per check a header with its count,
 * its first items and "… and N more"; checks are separated by a blank line.
 * Titles of confidential tasks are never shown.
 */
export function renderQualityLines(result: QualityResult, t: TranslateFn): string[] {
  const lines = [t("quality-title", { date: formatDateVi(result.asOfDate) })];
  const total =
    result.openWithoutDeadline.count + result.stale.count + result.agenciesWithoutFocal.count + result.doneWithoutNote.count;
  if (total === 0) return [...lines, t("quality-all-good")];

  const task = (item: QualityTask) =>
    item.confidential
      ? t("quality-task-item-confidential", { code: item.code, agency: item.agency.name })
      : t("quality-task-item", { code: item.code, agency: item.agency.name, title: shorten(item.title) });
  const section = <T>(header: string, list: QualityList<T>, item: (x: T) => string) => {
    lines.push("", header, ...list.items.map(item));
    if (list.count > list.items.length) lines.push(t("quality-more", { count: list.count - list.items.length }));
  };

  section(t("quality-no-deadline", { count: result.openWithoutDeadline.count }), result.openWithoutDeadline, task);
  section(t("quality-stale", { count: result.stale.count, days: result.staleDays }), result.stale, (item) =>
    `${task(item)} ${t("quality-stale-since", { date: formatDateVi(item.lastActivityDate) })}`,
  );
  section(t("quality-no-focal", { count: result.agenciesWithoutFocal.count }), result.agenciesWithoutFocal, (a) =>
    t("quality-agency-item", { agency: a.name }),
  );
  section(t("quality-done-no-note", { count: result.doneWithoutNote.count }), result.doneWithoutNote, task);
  return lines;
}

function shorten(text: string): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= TITLE_MAX ? chars.join("") : `${chars.slice(0, TITLE_MAX - 1).join("")}…`;
}
