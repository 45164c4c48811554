import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApiKey, apiKeyPrefix } from "../../src/core/api-keys/api-keys.js";
import { providers } from "../helpers/test-database.js";
import { START, startApi, type ApiHarness } from "./api-harness.js";

const TASK = { title: "Báo cáo tình hình dịch bệnh", agency: "Sở Y tế", assignedAt: "03/01/2019", deadline: "31/03/2019" };

describe.each(providers)("progress and completion over HTTP on %s", (provider) => {
  let api: ApiHarness;
  let prefix: string;
  beforeEach(async () => {
    api = await startApi(provider);
    prefix = apiKeyPrefix(api.writeKey)!;
    expect((await api.call("PUT", "/tasks/NV-1", { body: TASK })).status).toBe(201);
    expect((await api.call("PUT", "/tasks/NV-2", { body: { ...TASK, title: "Việc khác" } })).status).toBe(201);
  });
  afterEach(() => api.stop());

  const task = (code: string) => api.database.db.task.findUniqueOrThrow({ where: { code } });

  it("records a progress report once per externalId", async () => {
    const body = { text: "Đã hoàn thành dự thảo", percent: 60, externalId: "qlvb-123" };
    const first = await api.call("POST", "/tasks/NV-1/progress", { body });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({
      result: "created",
      progress: { id: expect.any(Number), taskCode: "NV-1", text: "Đã hoàn thành dự thảo", percent: 60, createdAt: START.toISOString() },
    });
    expect(await task("NV-1")).toMatchObject({ progressPercent: 60, lastUpdateAt: START });

    const replay = await api.call("POST", "/tasks/NV-1/progress", { body: { ...body, text: "Gửi lại" } });
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual({ ...first.json, result: "unchanged" });
    const updates = await api.database.db.progressUpdate.findMany();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.sourceKey).toBe(`api:${prefix}:qlvb-123`);
    const audits = await api.database.db.auditLog.findMany({ where: { action: "task.progress" } });
    expect(audits.map((a) => [a.actorLabel, a.entity, a.entityId])).toEqual([[`api:${prefix}`, "Task", String((await task("NV-1")).id)]]);

    // Without a percent, the task's percent stays.
    expect((await api.call("POST", "/tasks/NV-1/progress", { body: { text: "Đang lấy ý kiến", externalId: "qlvb-124" } })).status).toBe(201);
    expect((await task("NV-1")).progressPercent).toBe(60);
  });

  it("scopes externalIds to the key, and refuses one reused for another task", async () => {
    const body = { text: "Tiến độ", externalId: "same" };
    expect((await api.call("POST", "/tasks/NV-1/progress", { body })).status).toBe(201);
    const reused = await api.call("POST", "/tasks/NV-2/progress", { body });
    expect([reused.status, reused.json.error.code]).toEqual([409, "external_id_conflict"]);
    const other = (await createApiKey(api.deps, { name: "Khác", scope: "write" })).key;
    expect((await api.call("POST", "/tasks/NV-2/progress", { key: other, body })).status).toBe(201);
  });

  it("records concurrent replays of one externalId once", async () => {
    const body = { text: "Song song", externalId: "race" };
    const answers = await Promise.all(Array.from({ length: 6 }, () => api.call("POST", "/tasks/NV-1/progress", { body })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await api.database.db.progressUpdate.count()).toBe(1);
  });

  it("validates progress bodies and answers 404 for an unknown task", async () => {
    const bad = await api.call("POST", "/tasks/NV-1/progress", { body: { text: " ", percent: 101 } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.reasons.map((r: { field: string; code: string }) => `${r.field}:${r.code}`).sort()).toEqual([
      "externalId:required",
      "percent:too_big",
      "text:too_small",
    ]);
    const unknown = await api.call("POST", "/tasks/NV-404/progress", { body: { text: "x", externalId: "1" } });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, "task_not_found"]);
  });

  it("completes a task once per externalId and audits it", async () => {
    const body = { completedAt: "2019-03-20", note: "Đã ban hành kế hoạch", externalId: "done-1" };
    const done = await api.call("POST", "/tasks/NV-1/complete", { body });
    expect(done.status).toBe(200);
    expect(done.json.result).toBe("completed");
    expect(done.json.task).toMatchObject({ status: "done", completedAt: "2019-03-19T17:00:00.000Z", progressPercent: 100 });
    expect(await task("NV-1")).toMatchObject({ completionNote: "Đã ban hành kế hoạch", lastUpdateAt: START });
    const audit = await api.database.db.auditLog.findFirstOrThrow({ where: { action: "task.complete" } });
    expect(audit.actorLabel).toBe(`api:${prefix}`);
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "done", completedAt: "2019-03-19T17:00:00.000Z" });

    const replay = await api.call("POST", "/tasks/NV-1/complete", { body });
    expect([replay.status, replay.json.result]).toEqual([200, "unchanged"]);
    const other = await api.call("POST", "/tasks/NV-1/complete", { body: { externalId: "done-2" } });
    expect([other.status, other.json.error.code]).toEqual([409, "already_completed"]);
    const progress = await api.call("POST", "/tasks/NV-1/progress", { body: { text: "Muộn", externalId: "late" } });
    expect([progress.status, progress.json.error.code]).toEqual([409, "task_not_open"]);
    expect(await api.database.db.progressUpdate.count()).toBe(1);
  });

  it("completes now by default and refuses completion dates in the future or before the assignment", async () => {
    const future = await api.call("POST", "/tasks/NV-1/complete", { body: { completedAt: "01/07/2019", externalId: "f" } });
    expect([future.status, future.json.error.details.reasons[0].code]).toEqual([422, "completed_in_future"]);
    const early = await api.call("POST", "/tasks/NV-1/complete", { body: { completedAt: "02/01/2019 23:00", externalId: "e" } });
    expect([early.status, early.json.error.details.reasons[0].code]).toEqual([422, "completed_before_assigned"]);
    const unreadable = await api.call("POST", "/tasks/NV-1/complete", { body: { completedAt: "hôm qua", externalId: "u" } });
    expect(unreadable.json.error.details.reasons[0]).toMatchObject({ field: "completedAt", code: "date_format" });
    expect((await task("NV-1")).status).toBe("open");

    const now = await api.call("POST", "/tasks/NV-1/complete", { body: { externalId: "n" } });
    expect(now.json.task.completedAt).toBe(START.toISOString());
    expect((await task("NV-1")).completionNote).toBeNull();
  });

  it("refuses to complete a cancelled task", async () => {
    await api.database.db.task.update({ where: { code: "NV-2" }, data: { status: "cancelled" } });
    const res = await api.call("POST", "/tasks/NV-2/complete", { body: { externalId: "c" } });
    expect([res.status, res.json.error.code]).toEqual([409, "task_not_open"]);
  });
});
