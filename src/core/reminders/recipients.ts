/**
 * Who receives what: the people holding each role for each agency. Built once
 * per sweep from RoleGrant rows, then looked up per task without queries.
 */
import { isLanguage, type Language } from "../../i18n/translator.js";
import type { RecipientRole } from "./policy.js";

/** A person reminders can be addressed to. */
export interface ReminderRecipient {
  readonly personId: number;
  readonly name: string;
  readonly handle: string | null;
  readonly language: Language;
  /**
   * False when the person has no chat identity yet. Such recipients are still
   * enqueued: the dispatcher marks the message unreachable, which keeps a
   * trace that the reminder was due.
   */
  readonly reachable: boolean;
}

/** The focal officers, heads and leaders in charge of one agency. */
export interface AgencyRecipients {
  readonly focal: readonly ReminderRecipient[];
  readonly head: readonly ReminderRecipient[];
  readonly leader: readonly ReminderRecipient[];
}

/** Every recipient, by role. */
export interface RecipientDirectory {
  readonly byAgency: ReadonlyMap<number, AgencyRecipients>;
  /** Leaders granted without an agency: in charge of agencies that have no leader of their own. */
  readonly leaders: readonly ReminderRecipient[];
  /** The inspection team (role inspector, with or without an agency). */
  readonly inspectors: readonly ReminderRecipient[];
  readonly people: ReadonlyMap<number, ReminderRecipient>;
}

/** One role grant as stored. */
export interface RoleGrantRow {
  readonly personId: number;
  readonly role: string;
  readonly agencyId: number | null;
}

/** One person as stored, with whether they have any chat identity. */
export interface PersonRow {
  readonly id: number;
  readonly name: string;
  readonly handle: string | null;
  readonly language: string;
  readonly reachable: boolean;
}

const EMPTY: AgencyRecipients = { focal: [], head: [], leader: [] };

/** Groups grants into a directory. Grants of unknown people or roles are ignored. */
export function buildRecipientDirectory(grants: readonly RoleGrantRow[], persons: readonly PersonRow[]): RecipientDirectory {
  const people = new Map<number, ReminderRecipient>(
    persons.map((p) => [
      p.id,
      { personId: p.id, name: p.name, handle: p.handle, language: isLanguage(p.language) ? p.language : "vi", reachable: p.reachable },
    ]),
  );
  const byAgency = new Map<number, { focal: ReminderRecipient[]; head: ReminderRecipient[]; leader: ReminderRecipient[] }>();
  const leaders: ReminderRecipient[] = [];
  const inspectors: ReminderRecipient[] = [];
  const add = (list: ReminderRecipient[], person: ReminderRecipient) => {
    if (!list.some((p) => p.personId === person.personId)) list.push(person);
  };
  for (const grant of [...grants].sort((a, b) => a.personId - b.personId)) {
    const person = people.get(grant.personId);
    if (!person) continue;
    if (grant.role === "inspector") {
      add(inspectors, person);
      continue;
    }
    if (grant.role !== "focal" && grant.role !== "head" && grant.role !== "leader") continue;
    if (grant.agencyId === null) {
      if (grant.role === "leader") add(leaders, person);
      continue;
    }
    let entry = byAgency.get(grant.agencyId);
    if (!entry) {
      entry = { focal: [], head: [], leader: [] };
      byAgency.set(grant.agencyId, entry);
    }
    add(entry[grant.role], person);
  }
  return { byAgency, leaders, inspectors, people };
}

/**
 * The people holding `role` for an agency. The leader in charge is the
 * leader granted for that agency, or else the leaders without an agency.
 */
export function recipientsFor(directory: RecipientDirectory, agencyId: number, role: RecipientRole): readonly ReminderRecipient[] {
  if (role === "inspector") return directory.inspectors;
  const entry = directory.byAgency.get(agencyId) ?? EMPTY;
  if (role === "leader") return entry.leader.length > 0 ? entry.leader : directory.leaders;
  return entry[role];
}
