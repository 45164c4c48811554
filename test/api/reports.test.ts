import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endOfLocalDay } from "../../src/core/time/zone.js";
import { runCli } from "../helpers/cli.js";
import { providers } from "../helpers/test-database.js";
import { startApi, type ApiHarness } from "./api-harness.js";

const TZ = "Asia/Ho_Chi_Minh";
const end = (date: string) => endOfLocalDay(date, TZ);

describe.each(providers)("stats and overdue tasks over HTTP on %s", (provider) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(provider);
    const agencies = new Map((await api.database.db.agency.findMany()).map((a) => [a.code, a.id]));
    const task = (code: string, agency: string, assigned: string, deadline: string | null, extra: object = {}) => ({
      code,
      title: `Nhiệm vụ ${code}`,
      agencyId: agencies.get(agency)!,
      assignedAt: new Date(`${assigned}T00:00:00+07:00`),
      deadline: deadline ? end(deadline) : null,
      ...extra,
    });
    await api.database.db.task.createMany({
      data: [
        task("O-1", "SYT", "2019-01-02", "2019-03-31"),
        task("O-2", "SYT", "2019-01-02", "2019-03-31"),
        task("O-3", "STC", "2019-02-01", "2019-05-15", { confidential: true }),
        task("O-4", "STC", "2019-02-01", "2019-06-29"),
        // Completed after the as-of day: still overdue as of 30/06.
        task("O-5", "BDT", "2019-02-01", "2019-04-30", { status: "done", completedAt: new Date("2019-07-05T03:00:00Z") }),
        // Not overdue: in term, done in time, cancelled, standing, assigned later.
        task("N-1", "SYT", "2019-06-01", "2019-06-30"),
        task("N-2", "SYT", "2019-01-02", "2019-03-31", { status: "done", completedAt: new Date("2019-03-01T03:00:00Z") }),
        task("N-3", "STC", "2019-01-02", "2019-03-31", { status: "cancelled" }),
        task("N-4", "BDT", "2019-01-02", null),
        task("N-5", "BDT", "2019-07-02", "2019-07-03"),
      ],
    });
  });
  afterAll(() => api.stop());

  it("answers the same JSON as `nhacviec stats --json`", async () => {
    for (const query of [
      { cli: ["--as-of", "30/06/2019"], api: "?asOf=30/06/2019" },
      { cli: ["--as-of", "2019-06-30", "--agency", "STC"], api: "?asOf=2019-06-30&agency=STC" },
      { cli: ["--as-of", "30/06/2019", "--from", "01/02/2019", "--to", "28/02/2019"], api: "?asOf=30%2F06%2F2019&from=2019-02-01&to=2019-02-28" },
    ]) {
      const cli = await runCli(["stats", "--json", ...query.cli], api.database.target);
      expect(cli.code).toBe(0);
      const res = await api.call("GET", `/stats${query.api}`, { key: api.readKey });
      expect(res.status).toBe(200);
      expect(res.json).toEqual(JSON.parse(cli.stdout));
    }
    const all = await api.call("GET", "/stats?asOf=30/06/2019", { key: api.readKey });
    expect(all.json.asOf).toBe("2019-06-30T16:59:59.999Z");
    expect(all.json.total).toEqual({ total: 8, onTime: 1, late: 0, inTerm: 2, overdue: 5 });
  });

  it("uses now when no asOf is given", async () => {
    const res = await api.call("GET", "/stats", { key: api.readKey });
    expect(res.json.asOf).toBe("2019-06-30T03:00:00.000Z");
  });

  it("rejects bad stats queries with codes", async () => {
    const bad = async (query: string) => (await api.call("GET", `/stats${query}`, { key: api.readKey })).json.error;
    expect(await bad("?asOf=31/02/2019")).toMatchObject({ code: "invalid_query", details: { reasons: [{ field: "asOf", code: "date_invalid" }] } });
    expect(await bad("?from=hôm qua")).toMatchObject({ code: "invalid_query", details: { reasons: [{ field: "from", code: "date_format" }] } });
    expect(await bad("?from=2019-03-01&to=2019-02-01")).toMatchObject({ details: { reasons: [{ code: "invalid_period" }] } });
    expect(await bad("?as_of=2019-06-30")).toMatchObject({ code: "invalid_query", details: { reasons: [{ code: "unrecognized_keys" }] } });
    expect(await bad("?asOf=2019-06-30&asOf=2019-06-29")).toMatchObject({ code: "invalid_query" });
    expect(await bad("?agency=S%E1%BB%9F%20Y%20khoa")).toMatchObject({ code: "unknown_agency", details: { agency: "Sở Y khoa", suggestions: ["Sở Y tế"] } });
    expect((await api.call("GET", "/stats?agency=S%E1%BB%9F", { key: api.readKey })).status).toBe(400);
  });

  it("lists overdue tasks oldest deadline first, withholding confidential titles", async () => {
    const res = await api.call("GET", "/tasks/overdue?asOf=30/06/2019", { key: api.readKey });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      asOf: "2019-06-30T16:59:59.999Z",
      items: [
        { code: "O-1", title: "Nhiệm vụ O-1", confidential: false, agency: { code: "SYT", name: "Sở Y tế" }, deadline: "2019-03-31T16:59:59.999Z", daysOverdue: 91 },
        { code: "O-2", title: "Nhiệm vụ O-2", confidential: false, agency: { code: "SYT", name: "Sở Y tế" }, deadline: "2019-03-31T16:59:59.999Z", daysOverdue: 91 },
        { code: "O-5", title: "Nhiệm vụ O-5", confidential: false, agency: { code: "BDT", name: "Ban Dân tộc" }, deadline: "2019-04-30T16:59:59.999Z", daysOverdue: 61 },
        { code: "O-3", title: null, confidential: true, agency: { code: "STC", name: "Sở Tài chính" }, deadline: "2019-05-15T16:59:59.999Z", daysOverdue: 46 },
        { code: "O-4", title: "Nhiệm vụ O-4", confidential: false, agency: { code: "STC", name: "Sở Tài chính" }, deadline: "2019-06-29T16:59:59.999Z", daysOverdue: 1 },
      ],
      nextCursor: null,
    });
    // By default as of now (30/06/2019 10:00): the same five.
    expect((await api.call("GET", "/tasks/overdue", { key: api.readKey })).json.items).toHaveLength(5);
    const stc = await api.call("GET", "/tasks/overdue?asOf=30/06/2019&agency=so tai chinh", { key: api.readKey });
    expect(stc.json.items.map((i: { code: string }) => i.code)).toEqual(["O-3", "O-4"]);
    const earlier = await api.call("GET", "/tasks/overdue?asOf=2019-04-01T00:00:00%2B07:00", { key: api.readKey });
    expect(earlier.json.items.map((i: { code: string; daysOverdue: number }) => [i.code, i.daysOverdue])).toEqual([["O-1", 1], ["O-2", 1]]);
  });

  it("pages through the list with the cursor, ties on deadline included", async () => {
    const codes: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?asOf=30/06/2019&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = await api.call("GET", `/tasks/overdue${query}`, { key: api.readKey });
      expect(page.status).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(2);
      codes.push(...page.json.items.map((i: { code: string }) => i.code));
      cursor = page.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(codes).toEqual(["O-1", "O-2", "O-5", "O-3", "O-4"]);
  });

  it("rejects a bad limit or cursor", async () => {
    const limit0 = await api.call("GET", "/tasks/overdue?limit=0", { key: api.readKey });
    expect([limit0.status, limit0.json.error.details.reasons[0].field]).toEqual([400, "limit"]);
    expect((await api.call("GET", "/tasks/overdue?limit=501", { key: api.readKey })).status).toBe(400);
    expect((await api.call("GET", "/tasks/overdue?limit=abc", { key: api.readKey })).status).toBe(400);
    const cursor = await api.call("GET", "/tasks/overdue?cursor=bm90LWEtY3Vyc29y", { key: api.readKey });
    expect([cursor.status, cursor.json.error.details.reasons[0].code]).toEqual([400, "invalid_cursor"]);
  });
});
