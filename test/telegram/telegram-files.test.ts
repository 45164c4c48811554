import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TelegramFileSender, TELEGRAM_FILE_LIMITS } from "../../src/adapters/telegram/telegram-files.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";

describe("sending report files to Telegram", () => {
  let fake: FakeTelegram;
  let files: TelegramFileSender;
  const CHAT = 910001;

  beforeEach(async () => {
    fake = await startFakeTelegram();
    fake.addChat(CHAT);
    files = new TelegramFileSender({ token: fake.token, apiRoot: fake.apiRoot });
  });
  afterEach(() => fake.close());

  const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DeliveryError);

  it("uploads a document with its name and an escaped caption", async () => {
    const bytes = new Uint8Array(12_345).fill(7);
    const sent = await files.sendFile(String(CHAT), { kind: "document", filename: "bao-cao-6-thang.xlsx", bytes, caption: "Báo cáo 6 tháng <2019> & phụ lục" });
    const [call] = fake.calls.filter((c) => c.method === "sendDocument");
    // grammY uploads under a random field that the document parameter names (attach://<field>).
    expect(call!.files).toEqual([{ field: expect.any(String), filename: "bao-cao-6-thang.xlsx", size: 12_345 }]);
    expect(call!.params.document).toBe(`attach://${call!.files[0]!.field}`);
    expect(call!.result).toMatchObject({ caption: "Báo cáo 6 tháng <2019> & phụ lục", document: { file_name: "bao-cao-6-thang.xlsx" } });
    expect(sent.messageId).toBe(String((call!.result as { message_id: number }).message_id));
  });

  it("uploads a chart as a photo, cutting a long caption to Telegram's limit", async () => {
    await files.sendFile(String(CHAT), { kind: "photo", filename: "bieu-do.png", bytes: new Uint8Array([137, 80, 78, 71]), caption: "đ".repeat(2000) });
    const [call] = fake.calls.filter((c) => c.method === "sendPhoto");
    expect(call!.files).toMatchObject([{ filename: "bieu-do.png", size: 4 }]);
    const caption = (call!.result as { caption: string }).caption;
    expect(caption).toHaveLength(TELEGRAM_FILE_LIMITS.captionChars);
    expect(caption.endsWith("…")).toBe(true);
  });

  it("refuses empty and oversized files without a call, and reports a blocked chat as unreachable", async () => {
    expect((await failure(files.sendFile(String(CHAT), { kind: "photo", filename: "x.png", bytes: new Uint8Array(0) })))?.kind).toBe("rejected");
    const big = new Uint8Array(TELEGRAM_FILE_LIMITS.photoBytes + 1);
    expect((await failure(files.sendFile(String(CHAT), { kind: "photo", filename: "x.png", bytes: big })))?.kind).toBe("rejected");
    expect(fake.calls).toEqual([]);
    fake.blockChat(CHAT);
    const blocked = await failure(files.sendFile(String(CHAT), { kind: "document", filename: "a.docx", bytes: new Uint8Array([1]) }));
    expect(blocked).toBeInstanceOf(DeliveryError);
    expect(blocked?.kind).toBe("unreachable");
    expect(blocked?.message).not.toContain(fake.token);
  });
});
