/**
 * The card of one task (`/nhiemvu <mã>`): what it is, where it stands, what
 * was reported lately, and buttons for what the viewer may do with it. The
 * buttons reuse the reminders' actions (done, upd, ext) and the extension
 * notice's (xa, xr), so a card works like any message about the task.
 */
import type { Db } from "../../db/connect.js";
import type { TextArgs } from "../../i18n/translator.js";
import type { Actor } from "../access/roles.js";
import { can } from "../access/permissions.js";
import { formatDateVi } from "../time/format.js";
import { ACTIONS } from "../reminders/keys.js";
import { categorize, type Category } from "../stats/categorize.js";
import type { TaskView } from "../tasks/find-task.js";
import { visibleTitle } from "../tasks/format-task.js";
import { daysUntilDeadline } from "../tasks/task-timing.js";
import { reply, type CommandContext } from "./context.js";
import type { Button, Outbound } from "./types.js";
import { actorOf } from "./commands/task-access.js";

type T = (key: string, args?: TextArgs) => string;

/** Progress updates a card shows, the latest first. */
export const CARD_UPDATES = 3;
/** Longest title a card shows; titles may run to 2,000 characters. */
const TITLE_CHARS = 400;
/** Longest excerpt of an update's text or an extension's reason. */
const TEXT_CHARS = 200;

/** What a card shows besides the task itself. */
export interface TaskCardDetails {
  document: { number: string; issuedAt: Date | null } | null;
  /** The latest updates first; acknowledgements of reminders are not progress and are left out. `who` is null for the API and imports. */
  updates: { at: Date; who: string | null; kind: string; text: string }[];
  pendingExtensions: { id: number; date: Date; who: string | null; reason: string }[];
}

/** Where a task stands as of `now`: one of the report's four categories, or cancelled. */
export type CardState = Category | "cancelled";

export function cardState(task: Pick<TaskView, "status" | "assignedAt" | "deadline" | "completedAt">, now: Date): CardState {
  if (task.status === "cancelled") return "cancelled";
  // A task assigned after `now` (a clock set back in a test or `ask --at`) is not counted yet; it is in term.
  return categorize(task, now) ?? "inTerm";
}

/** Reads the document, the latest updates (up to `now`) and the pending extension requests of a task. */
export async function loadTaskCardDetails(db: Db, taskId: number, now: Date): Promise<TaskCardDetails> {
  const [task, updates, extensions] = await Promise.all([
    db.task.findUnique({ where: { id: taskId }, select: { document: { select: { number: true, issuedAt: true } } } }),
    db.progressUpdate.findMany({
      where: { taskId, kind: { not: "ack" }, createdAt: { lte: now } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CARD_UPDATES,
      select: { createdAt: true, kind: true, text: true, person: { select: { name: true } } },
    }),
    db.extensionRequest.findMany({
      where: { taskId, status: "pending" },
      orderBy: { id: "asc" },
      select: { id: true, requestedDeadline: true, reason: true, requestedBy: { select: { name: true } } },
    }),
  ]);
  return {
    document: task?.document ?? null,
    updates: updates.map((u) => ({ at: u.createdAt, who: u.person?.name ?? null, kind: u.kind, text: u.text })),
    pendingExtensions: extensions.map((e) => ({ id: e.id, date: e.requestedDeadline, who: e.requestedBy?.name ?? null, reason: e.reason })),
  };
}

/**
 * The card as one message. Confidential tasks show "nội dung mật" instead of
 * the title, and the texts of their updates and extension reasons are not
 * quoted either (as in escalations). Only buttons whose action the viewer is
 * entitled to are shown.
 */
export function renderTaskCard(task: TaskView, details: TaskCardDetails, viewer: Actor, now: Date, tz: string, t: T): Outbound {
  const date = (d: Date) => formatDateVi(d, tz);
  const lines = [t("card-title", { code: task.code, title: visibleTitle(task, t, TITLE_CHARS) })];
  if (details.document) {
    const { number, issuedAt } = details.document;
    lines.push(issuedAt ? t("card-document", { number, date: date(issuedAt) }) : t("card-document-undated", { number }));
  }
  lines.push(t("card-agency", { agency: task.agency.name }), t("card-assigned", { date: date(task.assignedAt) }));
  lines.push(deadlineLine(task, date, t), stateLine(task, now, tz, date, t), t("card-progress", { percent: task.progressPercent }));
  const hidden = (text: string) => (task.confidential ? t("task-confidential") : excerpt(text));
  if (details.updates.length === 0) lines.push(t("card-no-updates"));
  else {
    lines.push(t("card-updates"));
    for (const u of details.updates) {
      const text = u.text.trim() === "" ? t(u.kind === "completion" ? "card-update-completed" : "card-update-empty") : hidden(u.text);
      lines.push(t("card-update", { date: date(u.at), who: u.who ?? t("card-who-system"), text }));
    }
  }
  if (details.pendingExtensions.length > 0) {
    lines.push(t("card-extensions"));
    for (const e of details.pendingExtensions) lines.push(t("card-extension", { id: e.id, date: date(e.date), who: e.who ?? t("card-who-system"), reason: hidden(e.reason) }));
  }
  const buttons = cardButtons(task, details, viewer, t);
  return reply(lines.join("\n"), { taskId: task.id, ...(buttons.length > 0 ? { buttons } : {}) });
}

/** Loads and renders the card of a task the viewer may read. */
export async function taskCard(ctx: CommandContext, task: TaskView): Promise<Outbound> {
  const now = ctx.deps.clock();
  const details = await loadTaskCardDetails(ctx.deps.db, task.id, now);
  return renderTaskCard(task, details, actorOf(ctx), now, ctx.deps.timeZone, ctx.t);
}

function deadlineLine(task: TaskView, date: (d: Date) => string, t: T): string {
  if (!task.deadline) return t("card-no-deadline");
  const original = task.originalDeadline;
  if (original && original.getTime() !== task.deadline.getTime()) return t("card-deadline-extended", { date: date(task.deadline), original: date(original) });
  return t("card-deadline", { date: date(task.deadline) });
}

function stateLine(task: TaskView, now: Date, tz: string, date: (d: Date) => string, t: T): string {
  const state = cardState(task, now);
  if (state === "onTime" || state === "late") return t(`card-state-${state}`, { date: date(task.completedAt!) });
  const left = daysUntilDeadline(task.deadline, now, tz);
  if (state === "overdue") return t("card-state-overdue", { days: Math.max(1, -(left ?? 0)) });
  if (state === "inTerm") return t("card-state-inTerm", { days: left ?? "none" });
  return t("card-state-cancelled");
}

/**
 * Update, done and extension buttons for whoever may update the task (its
 * agency), while it is open; approve and reject for whoever may decide a
 * pending extension. Inspectors and others who only read get none.
 */
function cardButtons(task: TaskView, details: TaskCardDetails, viewer: Actor, t: T): Button[][] {
  const rows: Button[][] = [];
  if (task.status === "open" && can(viewer, "task.update", task.agencyId)) {
    const row = [{ label: t("remind-button-update"), action: ACTIONS.update(task.id) }, { label: t("remind-button-done"), action: ACTIONS.done(task.id) }];
    if (details.pendingExtensions.length === 0 && can(viewer, "extension.request", task.agencyId)) {
      row.push({ label: t("remind-button-extend"), action: ACTIONS.extend(task.id) });
    }
    rows.push(row);
  }
  if (can(viewer, "extension.decide", task.agencyId)) {
    for (const e of details.pendingExtensions) {
      rows.push([{ label: t("card-button-approve", { id: e.id }), action: `xa:${e.id}` }, { label: t("card-button-reject", { id: e.id }), action: `xr:${e.id}` }]);
    }
  }
  return rows;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > TEXT_CHARS ? `${flat.slice(0, TEXT_CHARS - 1).trimEnd()}…` : flat;
}
