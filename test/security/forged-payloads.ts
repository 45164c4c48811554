import type { AttackWorld } from "./attack-world.js";

/** The sentence a refused press must answer: a locale key and its arguments. */
export type Refusal = [key: string, args?: Record<string, string | number>];

/**
 * One forged button press: who presses, what the button carries (Telegram
 * callback_data, Slack block_actions value, the core's action id), where,
 * and the one sentence that must come back. None may change the database.
 */
export interface ForgedPress {
  name: string;
  as: string;
  action: (w: AttackWorld) => string;
  /** Where the press happens; default: the presser's private chat with the bot. */
  where?: "private" | "group";
  /** A text the presser sends first (in their private chat), so that a pending state exists. */
  before?: string;
  expect: (w: AttackWorld) => Refusal;
}

const forbidden = (): Refusal => ["error-forbidden"];
const notFound = (): Refusal => ["error-not_found"];
const invalid = (): Refusal => ["error-invalid_button"];
const unregistered = (): Refusal => ["error-not_registered"];
const privateOnly = (): Refusal => ["error-private_only"];
const notOpen = (w: AttackWorld): Refusal => ["error-task_not_open", { code: w.tasks.done.code }];

const T = (w: AttackWorld) => w.tasks.target.id;
const D = (w: AttackWorld) => w.tasks.done.id;

/** Every ActionDef of src/core/conversation (prefix: what it does), each aimed at a task of another agency. */
const TASK_BUTTONS: [prefix: string, payload: (w: AttackWorld) => string][] = [
  ["done", (w) => `done:${T(w)}`],
  ["upd", (w) => `upd:${T(w)}`],
  ["ext", (w) => `ext:${T(w)}`],
  ["ack", (w) => `ack:${T(w)}`],
  ["snz", (w) => `snz:${T(w)}:before:2`],
  ["cf", (w) => `cf:${T(w)}:${w.updates.target}`],
  ["cn", (w) => `cn:${T(w)}`],
];

export const FORGED_PRESSES: ForgedPress[] = [
  // Unregistered users may press nothing.
  ...[
    ["done", (w: AttackWorld) => `done:${T(w)}`],
    ["xa", (w: AttackWorld) => `xa:${w.extensions.pending}`],
    ["bc", (w: AttackWorld) => `bc:${w.broadcasts.draft}`],
    ["tl", (w: AttackWorld) => `tl:${w.agencies.syt}:open:0`],
    ["st", (w: AttackWorld) => `st:${w.agencies.syt}:-:-:-`],
    ["ba", (w: AttackWorld) => `ba:${w.broadcasts.sent}`],
    ["unknown", () => "nope:1"],
  ].map(([what, action]) => ({ name: `an unregistered user presses ${what as string}`, as: "stranger", action: action as (w: AttackWorld) => string, expect: unregistered })),

  // Another agency's focal officer, on a task of SYT: the task does not exist for them.
  ...TASK_BUTTONS.map(([prefix, action]) => ({ name: `STC's focal officer presses ${prefix} on a SYT task`, as: "focal-STC", action, expect: notFound })),
  { name: "STC's focal officer picks a SYT task for their free text", as: "focal-STC", before: "đã gửi báo cáo cho UBND tỉnh", action: (w) => `ft:${T(w)}`, expect: forbidden },
  { name: "STC's focal officer pages through SYT's /nhiemvu", as: "focal-STC", action: (w) => `tl:${w.agencies.syt}:open:0`, expect: forbidden },
  { name: "STC's focal officer pages through SYT's overdue tasks", as: "focal-STC", action: (w) => `tl:${w.agencies.syt}:overdue:1`, expect: forbidden },
  { name: "STC's leader pages through SYT's /nhiemvu", as: "leader-STC", action: (w) => `tl:${w.agencies.syt}:open:0`, expect: forbidden },
  { name: "STC's leader presses upd on a SYT task", as: "leader-STC", action: (w) => `upd:${T(w)}`, expect: notFound },

  // People who may read the task but not act for its agency.
  ...TASK_BUTTONS.map(([prefix, action]) => ({ name: `the leader (reads all) presses ${prefix} on a SYT task`, as: "leader", action, expect: forbidden })),
  ...TASK_BUTTONS.map(([prefix, action]) => ({ name: `an inspector presses ${prefix} on a SYT task`, as: "inspector-2", action, expect: forbidden })),

  // Extension decisions: only a leader in charge of SYT (or with every agency).
  ...(
    [
      ["the requester", "focal-SYT"],
      ["SYT's head", "head-SYT"],
      ["STC's focal officer", "focal-STC"],
      ["STC's leader", "leader-STC"],
      ["an inspector", "inspector-2"],
    ] as const
  ).flatMap(([who, as]) => [
    { name: `${who} approves SYT's extension request`, as, action: (w: AttackWorld) => `xa:${w.extensions.pending}`, expect: forbidden },
    { name: `${who} rejects SYT's extension request`, as, action: (w: AttackWorld) => `xr:${w.extensions.pending}`, expect: forbidden },
  ]),

  // Urging notices: the drafter confirms; only recipients acknowledge.
  { name: "another inspector sends a notice drafted by the inspector", as: "inspector-2", action: (w) => `bc:${w.broadcasts.draft}`, expect: forbidden },
  { name: "another inspector cancels a notice drafted by the inspector", as: "inspector-2", action: (w) => `bx:${w.broadcasts.draft}`, expect: forbidden },
  { name: "the leader sends the inspector's draft", as: "leader", action: (w) => `bc:${w.broadcasts.draft}`, expect: forbidden },
  { name: "a focal officer sends the inspector's draft", as: "focal-SYT", action: (w) => `bc:${w.broadcasts.draft}`, expect: forbidden },
  { name: "a focal officer cancels the inspector's draft", as: "focal-SYT", action: (w) => `bx:${w.broadcasts.draft}`, expect: forbidden },
  { name: "STC's focal officer acknowledges a notice sent to SYT", as: "focal-STC", action: (w) => `ba:${w.broadcasts.sent}`, expect: notFound },
  { name: "another inspector acknowledges a notice they did not receive", as: "inspector-2", action: (w) => `ba:${w.broadcasts.sent}`, expect: notFound },
  { name: "the leader acknowledges a notice they did not receive", as: "leader", action: (w) => `ba:${w.broadcasts.sent}`, expect: notFound },

  // Task buttons pressed in a group: task details are for private chats only.
  { name: "the leader pages SYT's tasks in a group", as: "leader", where: "group", action: (w) => `tl:${w.agencies.syt}:open:0`, expect: privateOnly },
  { name: "SYT's focal officer presses done in a group", as: "focal-SYT", where: "group", action: (w) => `done:${T(w)}`, expect: privateOnly },
  { name: "SYT's focal officer presses upd in a group", as: "focal-SYT", where: "group", action: (w) => `upd:${T(w)}`, expect: privateOnly },
  { name: "SYT's focal officer picks a task in a group", as: "focal-SYT", where: "group", action: (w) => `ft:${T(w)}`, expect: privateOnly },

  // Malformed payloads, pressed by the owner of the task, who may do everything a well-formed one does.
  ...(
    [
      ["an empty payload", () => ""],
      ["an unknown prefix", () => "nope:1"],
      ["a prefix in capitals", (w: AttackWorld) => `DONE:${T(w)}`],
      ["only separators", () => "::::"],
      ["a prefix without its id", () => "done"],
      ["an empty id", () => "done:"],
      ["a word for an id", () => "done:abc"],
      ["a negative id", () => "done:-1"],
      ["id zero", () => "done:0"],
      ["a decimal id", () => "done:1.5"],
      ["an id in exponent notation", () => "done:1e3"],
      ["a hexadecimal id", () => "done:0x1F"],
      ["an id with a leading space", (w: AttackWorld) => `done: ${T(w)}`],
      ["an id with a trailing space", (w: AttackWorld) => `done:${T(w)} `],
      ["an id with a leading zero", (w: AttackWorld) => `done:0${T(w)}`],
      ["full-width digits", () => "done:１２"],
      ["an id past 32 bits", () => "done:2147483648"],
      ["a 20-digit id", () => "done:99999999999999999999"],
      ["an 80-digit id (over 64 bytes)", () => `done:${"9".repeat(80)}`],
      ["an extra field", (w: AttackWorld) => `done:${T(w)}:1`],
      ["an extra field over 64 bytes", (w: AttackWorld) => `done:${T(w)}:${"x".repeat(70)}`],
      ["Vietnamese text over 64 bytes", (w: AttackWorld) => `done:${T(w)}:${"hoàn thành ".repeat(8)}`],
      ["a word for an extension id", () => "xa:abc"],
      ["an 11-digit extension id", () => "xr:99999999999"],
      ["a negative notice id", () => "ba:-5"],
      ["a word for a notice id", () => "bc:abc"],
      ["a word for an agency id", () => "tl:abc:open:0"],
      ["an unknown filter", () => "tl:0:bogus:0"],
      ["a page without its number", () => "tl:0:open"],
      ["a huge page", () => "tl:0:open:99999999999"],
      ["a negative page", () => "tl:0:open:-1"],
      ["a page with an extra field", () => "tl:0:open:1:2"],
      ["an escalation snoozed", (w: AttackWorld) => `snz:${T(w)}:escalation:3`],
      ["a snooze of 99999 days", (w: AttackWorld) => `snz:${T(w)}:before:99999`],
      ["a snooze without its trigger", (w: AttackWorld) => `snz:${T(w)}`],
      ["a snooze with an unknown trigger", (w: AttackWorld) => `snz:${T(w)}:bogus`],
      ["a confirmation without its update", (w: AttackWorld) => `cf:${T(w)}`],
      ["a word for an update id", (w: AttackWorld) => `cf:${T(w)}:abc`],
      ["a confirmation carrying another task's update", (w: AttackWorld) => `cf:${T(w)}:${w.updates.foreign}`],
      ["a word for a stats agency", () => "st:abc:-:-:-"],
      ["a stats date that does not exist", (w: AttackWorld) => `st:${w.agencies.syt}:20191399:-:-`],
      ["stats without their dates", (w: AttackWorld) => `st:${w.agencies.syt}`],
      ["a word for a picked task", () => "ft:abc"],
    ] as const
  ).map(([what, action]) => ({ name: `${what}`, as: "focal-SYT", action, expect: invalid })),
  { name: "a deleted task's done", as: "focal-SYT", action: (w) => `done:${w.tasks.deleted}`, expect: notFound },
  { name: "a deleted task's update", as: "focal-SYT", action: (w) => `upd:${w.tasks.deleted}`, expect: notFound },
  { name: "an extension request that does not exist", as: "leader-SYT", action: () => "xa:2000000", expect: () => ["error-extension_not_found", { id: 2000000 }] },
  { name: "an extension request decided already", as: "leader-SYT", action: (w) => `xr:${w.extensions.decided}`, expect: (w) => ["error-extension_decided", { id: w.extensions.decided }] },
  { name: "a notice sent already, sent again by its drafter", as: "inspector", action: (w) => `bc:${w.broadcasts.sent}`, expect: (w) => ["error-broadcast_already_sent", { id: w.broadcasts.sent }] },
  { name: "a notice sent already, cancelled by its drafter", as: "inspector", action: (w) => `bx:${w.broadcasts.sent}`, expect: (w) => ["error-broadcast_already_sent", { id: w.broadcasts.sent }] },
  { name: "a task pick with no free text waiting", as: "focal-SYT", action: (w) => `ft:${T(w)}`, expect: () => ["error-session_expired"] },

  // Buttons of a reminder about a task completed since.
  { name: "done on a completed task", as: "focal-SYT", action: (w) => `done:${D(w)}`, expect: (w) => ["done-already", { code: w.tasks.done.code, at: "10/06/2019 10:00" }] },
  { name: "ack on a completed task", as: "focal-SYT", action: (w) => `ack:${D(w)}`, expect: notOpen },
  { name: "upd on a completed task", as: "focal-SYT", action: (w) => `upd:${D(w)}`, expect: notOpen },
  { name: "ext on a completed task", as: "focal-SYT", action: (w) => `ext:${D(w)}`, expect: notOpen },
  { name: "snz on a completed task", as: "focal-SYT", action: (w) => `snz:${D(w)}:before:2`, expect: notOpen },
  { name: "cn on a completed task", as: "focal-SYT", action: (w) => `cn:${D(w)}`, expect: notOpen },
];
