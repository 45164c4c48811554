import { describe, expect, it } from "vitest";
import { ACTIONS, can, readableAgencies, type Action } from "../../../src/core/access/permissions.js";
import type { Actor, RoleGrantRef } from "../../../src/core/access/roles.js";

const OWN = 1;
const OTHER = 2;
const actor = (...roles: RoleGrantRef[]): Actor => ({ personId: 1, name: "x", language: "vi", roles });

const people = {
  focal: actor({ role: "focal", agencyId: OWN }),
  head: actor({ role: "head", agencyId: OWN }),
  leader: actor({ role: "leader", agencyId: null }),
  "leader in charge of own": actor({ role: "leader", agencyId: OWN }),
  inspector: actor({ role: "inspector", agencyId: null }),
  admin: actor({ role: "admin", agencyId: null }),
} as const;

type Who = keyof typeof people;
/** The expected answer for [own agency, other agency]; one value when the action names no agency. */
const table: Record<Who, Record<Action, [boolean, boolean] | boolean>> = {
  focal: {
    "stats.read": true, "task.read": [true, false], "task.update": [true, false], "task.backdate": [false, false],
    "extension.request": [true, false], "extension.decide": [false, false], "overdue.read": false,
    "broadcast.send": false, "report.read": false, "invite.create": false,
  },
  head: {
    "stats.read": true, "task.read": [true, false], "task.update": [true, false], "task.backdate": [false, false],
    "extension.request": [true, false], "extension.decide": [false, false], "overdue.read": false,
    "broadcast.send": false, "report.read": false, "invite.create": false,
  },
  leader: {
    "stats.read": true, "task.read": [true, true], "task.update": [false, false], "task.backdate": [false, false],
    "extension.request": [false, false], "extension.decide": [true, true], "overdue.read": true,
    "broadcast.send": false, "report.read": true, "invite.create": false,
  },
  "leader in charge of own": {
    "stats.read": true, "task.read": [true, false], "task.update": [false, false], "task.backdate": [false, false],
    "extension.request": [false, false], "extension.decide": [true, false], "overdue.read": true,
    "broadcast.send": false, "report.read": true, "invite.create": false,
  },
  inspector: {
    "stats.read": true, "task.read": [true, true], "task.update": [false, false], "task.backdate": [true, true],
    "extension.request": [false, false], "extension.decide": [false, false], "overdue.read": true,
    "broadcast.send": true, "report.read": true, "invite.create": false,
  },
  admin: {
    "stats.read": true, "task.read": [true, true], "task.update": [true, true], "task.backdate": [true, true],
    "extension.request": [true, true], "extension.decide": [true, true], "overdue.read": true,
    "broadcast.send": true, "report.read": true, "invite.create": true,
  },
};

describe("the access table", () => {
  it("names every action for every role", () => {
    for (const row of Object.values(table)) expect(Object.keys(row).sort()).toEqual([...ACTIONS].sort());
  });

  interface Case {
    who: Who;
    action: Action;
    agency: "own" | "other" | "none";
    expected: boolean;
  }
  const cases: Case[] = (Object.keys(table) as Who[]).flatMap((who) =>
    ACTIONS.flatMap((action): Case[] => {
      const expected = table[who][action];
      return Array.isArray(expected)
        ? [
            { who, action, agency: "own", expected: expected[0] },
            { who, action, agency: "other", expected: expected[1] },
          ]
        : [{ who, action, agency: "none", expected }];
    }),
  );

  it.each(cases)("$who × $action × $agency agency → $expected", ({ who, action, agency, expected }: Case) => {
    const agencyId = agency === "own" ? OWN : agency === "other" ? OTHER : undefined;
    expect(can(people[who], action, agencyId)).toBe(expected);
  });

  it("nobody without roles can do anything", () => {
    for (const action of ACTIONS) expect(can(actor(), action, OWN)).toBe(false);
  });

  it("tells which agencies a person may read", () => {
    expect(readableAgencies(people.focal)).toEqual([OWN]);
    expect(readableAgencies(people.leader)).toBe("all");
    expect(readableAgencies(people["leader in charge of own"])).toEqual([OWN]);
    expect(readableAgencies(people.inspector)).toBe("all");
  });
});
