import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiKeyPrefix } from "../../src/core/api-keys/api-keys.js";
import { importTasks } from "../../src/core/import/import-tasks.js";
import { deriveTaskCode } from "../../src/core/import/validate-task-row.js";
import { providers } from "../helpers/test-database.js";
import { startApi, type ApiHarness } from "./api-harness.js";

const TASK = {
  title: "Xây dựng kế hoạch phòng chống dịch bệnh năm 2019",
  agency: "Sở Y tế",
  documentNumber: "270/QĐ-UBND",
  documentDate: "02/01/2019",
  assignedAt: "03/01/2019",
  deadline: "2019-03-31",
  note: null,
};

describe.each(providers)("task upserts over HTTP on %s", (provider) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi(provider);
  });
  afterEach(() => api.stop());

  /** Everything an upsert may touch. */
  async function snapshot() {
    const db = api.database.db;
    return {
      tasks: await db.task.findMany({ orderBy: { code: "asc" } }),
      documents: await db.document.findMany({ orderBy: { key: "asc" } }),
      audit: await db.auditLog.count(),
    };
  }

  it("creates a task (201), then finds the same body unchanged (200) without writing anything", async () => {
    const created = await api.call("PUT", "/tasks/NV-001", { body: TASK });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      result: "created",
      task: {
        code: "NV-001",
        title: TASK.title,
        confidential: false,
        agency: { code: "SYT", name: "Sở Y tế" },
        documentNumber: "270/QĐ-UBND",
        assignedAt: "2019-01-02T17:00:00.000Z",
        deadline: "2019-03-31T16:59:59.999Z",
        completedAt: null,
        status: "open",
        progressPercent: 0,
        note: null,
      },
    });
    const audit = await api.database.db.auditLog.findFirstOrThrow({ where: { action: "task.import" } });
    expect(audit.actorLabel).toBe(`api:${apiKeyPrefix(api.writeKey)}`);

    const before = await snapshot();
    const again = await api.call("PUT", "/tasks/NV-001", { body: { ...TASK, agency: "SYT", deadline: "31/03/2019" } });
    expect(again.status).toBe(200);
    expect(again.json.result).toBe("unchanged");
    expect(await snapshot()).toEqual(before);
  });

  it("updates a changed task (200) and audits the change", async () => {
    await api.call("PUT", "/tasks/NV-001", { body: TASK });
    const updated = await api.call("PUT", "/tasks/NV-001", { body: { ...TASK, deadline: "15/04/2019", completedAt: "2019-04-10T09:30:00+07:00" } });
    expect(updated.status).toBe(200);
    expect(updated.json.result).toBe("updated");
    expect(updated.json.task).toMatchObject({ status: "done", completedAt: "2019-04-10T02:30:00.000Z", deadline: "2019-04-15T16:59:59.999Z" });
    const change = await api.database.db.auditLog.findFirstOrThrow({ where: { action: "task.import.update" } });
    expect(JSON.parse(change.after!)).toMatchObject({ deadline: "2019-04-15T16:59:59.999Z", status: "done" });
    expect(change.actorLabel).toMatch(/^api:[0-9a-f]{8}$/);
    // The original deadline stays the first one.
    const task = await api.database.db.task.findUniqueOrThrow({ where: { code: "NV-001" } });
    expect(task.originalDeadline?.toISOString()).toBe("2019-03-31T16:59:59.999Z");
  });

  it("judges a task like the CSV import: a task imported from the file is unchanged when sent", async () => {
    const csv = readFileSync(new URL("../fixtures/import/tasks-vi.csv", import.meta.url));
    expect((await importTasks(api.deps, { text: csv })).status).toBe("ok");
    const before = await snapshot();
    const res = await api.call("PUT", "/tasks/NV-002", {
      body: {
        title: "Rà soát dự toán ngân sách quý I",
        agency: "Sở Tài chính",
        documentNumber: "270/QĐ-UBND",
        documentDate: "2019-01-02",
        assignedAt: "2019-01-03T14:30",
        deadline: "15/02/2019",
        completedAt: "10/02/2019",
        note: "Đã báo cáo UBND tỉnh",
      },
    });
    expect([res.status, res.json.result]).toEqual([200, "unchanged"]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 422 invalid_task with the import's reasons, field by field", async () => {
    const res = await api.call("PUT", "/tasks/NV-9", {
      body: { title: "  ", agency: "Sở Y khoa", assignedAt: "31/02/2019", deadline: "hôm qua", documentDate: "01/01/2019" },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("invalid_task");
    expect(res.json.error.message).toMatch(/^The task is not valid: title: must not be empty\./);
    expect(res.json.error.details.reasons).toEqual([
      { field: "title", code: "required", message: "title: must not be empty." },
      { field: "agency", code: "unknown_agency", message: "agency: no agency matches “Sở Y khoa”. Did you mean: Sở Y tế?" },
      { field: "documentDate", code: "document_date_without_number", message: "documentDate: has a document date but no document number." },
      { field: "assignedAt", code: "date_invalid", message: "assignedAt: “31/02/2019” is not a real date." },
      { field: "deadline", code: "date_format", message: expect.stringContaining("deadline: cannot read the date “hôm qua”") },
    ]);
    const order = await api.call("PUT", "/tasks/NV-9", { body: { ...TASK, deadline: "01/01/2019" } });
    expect(order.json.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(["deadline_before_assigned"]);
    const future = await api.call("PUT", "/tasks/NV-9", { body: { ...TASK, completedAt: "01/07/2019" } });
    expect(future.json.error.details.reasons.map((r: { code: string }) => r.code)).toEqual(["completed_in_future"]);
    const long = await api.call("PUT", `/tasks/${"X".repeat(101)}`, { body: TASK });
    expect(long.json.error.details.reasons).toEqual([{ field: "code", code: "too_long", message: "code: is 101 characters long, at most 100 allowed." }]);
    expect(await api.database.db.task.count()).toBe(0);
  });

  it("answers 422 invalid_body when the body does not match the schema", async () => {
    const res = await api.call("PUT", "/tasks/NV-9", { body: { title: 5, agency: "SYT", extra: true } });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("invalid_body");
    const reasons = res.json.error.details.reasons as { field: string | null; code: string }[];
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "title", code: "invalid_type" }),
        expect.objectContaining({ field: "assignedAt", code: "required" }),
        expect.objectContaining({ field: "extra", code: "unrecognized_keys" }),
      ]),
    );
    const array = await api.call("PUT", "/tasks/NV-9", { body: [TASK] });
    expect([array.status, array.json.error.code]).toEqual([422, "invalid_body"]);
  });

  it("takes the code from the path, URL-decoded", async () => {
    const res = await api.call("PUT", `/tasks/${encodeURIComponent("15/TB-UBND#2")}`, { body: TASK });
    expect(res.status).toBe(201);
    expect(res.json.task.code).toBe("15/TB-UBND#2");
  });

  it("applies the valid items of a mixed batch and reports the others by index, code and reasons", async () => {
    await api.call("PUT", "/tasks/B-2", { body: TASK });
    const res = await api.call("POST", "/tasks:batch", {
      body: {
        tasks: [
          { ...TASK, code: "B-1" },
          { ...TASK, code: "B-2" },
          { ...TASK, code: "B-3", agency: "Không có" },
          { ...TASK, code: "B-2", title: "Trùng mã" },
          { code: "B-5", title: 1 },
          "not an object",
          { ...TASK, code: undefined, title: "Không có mã" },
          { ...TASK, code: "B-2", title: "Đổi tên", documentNumber: undefined, documentDate: undefined },
        ],
      },
    });
    expect(res.status).toBe(200);
    const derived = deriveTaskCode({ agencyCode: "SYT", title: "Không có mã", assignedDate: "2019-01-03", documentNumber: "270/QĐ-UBND" });
    expect(res.json.results).toEqual([
      { index: 0, code: "B-1", result: "created" },
      { index: 1, code: "B-2", result: "unchanged" },
      { index: 6, code: derived, result: "created" },
    ]);
    expect(res.json.counts).toEqual({ created: 2, updated: 0, unchanged: 1, failed: 5 });
    const errors = res.json.errors as { index: number; code: string | null; reasons: { field: string | null; code: string; message: string }[] }[];
    expect(errors.map((e) => [e.index, e.code, e.reasons.map((r) => r.code)])).toEqual([
      [2, "B-3", ["unknown_agency"]],
      [3, "B-2", ["duplicate_code"]],
      [4, "B-5", expect.arrayContaining(["invalid_type", "required"])],
      [5, null, ["invalid_type"]],
      [7, "B-2", ["duplicate_code"]],
    ]);
    expect(errors[1]!.reasons[0]!.message).toBe("code: code “B-2” repeats item 1.");
    expect((await api.database.db.task.findMany({ orderBy: { code: "asc" } })).map((t) => t.code)).toEqual(["B-1", "B-2", derived].sort());
  });

  it("updates through a batch and refuses an empty or oversized batch", async () => {
    await api.call("POST", "/tasks:batch", { body: { tasks: [{ ...TASK, code: "U-1" }] } });
    const res = await api.call("POST", "/tasks:batch", { body: { tasks: [{ ...TASK, code: "U-1", note: "Đã giao" }] } });
    expect(res.json).toEqual({ counts: { created: 0, updated: 1, unchanged: 0, failed: 0 }, results: [{ index: 0, code: "U-1", result: "updated" }], errors: [] });

    const empty = await api.call("POST", "/tasks:batch", { body: { tasks: [] } });
    expect([empty.status, empty.json.error.code, empty.json.error.details.reasons[0].code]).toEqual([422, "invalid_body", "too_small"]);
    const many = await api.call("POST", "/tasks:batch", { body: { tasks: Array.from({ length: 1001 }, (_, i) => ({ ...TASK, code: `M-${i}` })) } });
    expect([many.status, many.json.error.details.reasons[0].code]).toEqual([422, "too_big"]);
    expect(await api.database.db.task.count()).toBe(1);
  });

  it("imports a full batch of 1,000 tasks, then finds them unchanged", async () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => ({ ...TASK, code: `F-${i}`, title: `Nhiệm vụ ${i}`, agency: i % 2 ? "STC" : "Sở Y tế" }));
    const first = await api.call("POST", "/tasks:batch", { body: { tasks } });
    expect(first.json.counts).toEqual({ created: 1000, updated: 0, unchanged: 0, failed: 0 });
    const second = await api.call("POST", "/tasks:batch", { body: { tasks } });
    expect(second.json.counts).toEqual({ created: 0, updated: 0, unchanged: 1000, failed: 0 });
    expect(await api.database.db.task.count()).toBe(1000);
  });
});
