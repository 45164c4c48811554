import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound, Outbound, OutboundFile } from "../../src/core/conversation/types.js";

const NOW = new Date("2019-07-15T09:00:00+07:00");

describe.each(providers)("/baocao, the report in chat (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  let counter = 0;
  const ask = (userId: string, text: string, over: Partial<Inbound> = {}): Promise<Outbound[]> =>
    bot.handle({ platform: "console", userId, chatId: `console:${userId}`, chatType: "private", at: NOW, messageId: `m${++counter}`, text, ...over });
  const file = (reply: Outbound, ext: string): OutboundFile => reply.files!.items.find((f) => f.filename.endsWith(ext))!;

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  it("gives a leader the seed's figures and every file, for a period that has ended (counted to its last day)", async () => {
    const [reply, ...more] = await ask("leader", "/baocao 6 tháng đầu năm 2019");
    expect(more).toEqual([]);
    expect(reply!.text).toContain("Nhiệm vụ giao từ 01/01/2019 đến 30/06/2019, số liệu tính đến hết ngày 30/06/2019");
    for (const line of ["685 văn bản giao 2.139 nhiệm vụ", "đúng hạn: 883", "quá hạn: 281", "trong hạn: 912", "trễ hạn: 63", "Đã hoàn thành 1.164 nhiệm vụ, đạt 54,4%", "Còn 975 nhiệm vụ",
      "🔎 Chất lượng dữ liệu: 91 nhiệm vụ chưa có hạn, 936 nhiệm vụ không cập nhật từ 14 ngày, 0 cơ quan chưa có đầu mối liên lạc được, 0 nhiệm vụ hoàn thành không có ghi chú. Chi tiết: /chatluong"]) {
      expect(reply!.text).toContain(line);
    }
    const files = reply!.files!;
    expect(files.items.map((f) => [f.filename, f.kind])).toEqual([
      ["bieu-do-2019-06-30.png", "photo"],
      ["bao-cao-2019-06-30.docx", "document"],
      ["bao-cao-2019-06-30.xlsx", "document"],
      ["phu-luc-01-2019-06-30.csv", "document"],
      ["phu-luc-02-2019-06-30.csv", "document"],
    ]);
    expect(files.items.every((f) => f.title.length > 0 && f.bytes.byteLength > 0)).toBe(true);
    expect(files.linksHeading).toBe("Tải tệp báo cáo:");
    expect(files.unavailable).toMatch(/Không gửi được tệp báo cáo/);

    // The files are the report: read back, they hold the seed's figures.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file(reply!, ".xlsx").bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Phụ lục 01")!;
    const totals = sheet.getRows(1, sheet.rowCount)!.find((r) => String(r.getCell(2).value).startsWith("Tổng"))!;
    expect([3, 4, 5, 6, 7].map((c) => totals.getCell(c).value)).toEqual([2139, 883, 281, 912, 63]);
    const docx = await JSZip.loadAsync(file(reply!, ".docx").bytes);
    expect(await docx.file("word/document.xml")!.async("string")).toContain("54,4%");
    const csv = new TextDecoder().decode(file(reply!, "phu-luc-01-2019-06-30.csv").bytes);
    expect(csv).toMatch(/Sở Y tế,41,35,1,5,0/);
    expect([...file(reply!, ".png").bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it("counts to the day asked, cutting the period there, and in English for an English user", async () => {
    const [vi] = await ask("inspector", "/baocao năm 2019 đến 31/03/2019");
    expect(vi!.text).toContain("Nhiệm vụ giao từ 01/01/2019 đến 31/03/2019, số liệu tính đến hết ngày 31/03/2019");
    expect(vi!.files!.items[0]!.filename).toBe("bieu-do-2019-03-31.png");

    await ask("inspector", "/ngonngu en");
    const [en] = await ask("inspector", "/report quarter 2/2019 to 30/06/2019");
    await ask("inspector", "/ngonngu vi");
    expect(en!.text).toContain("Tasks assigned from 01/04/2019 to 30/06/2019, counted to the end of 30/06/2019");
    expect(en!.files!.linksHeading).toBe("Download the report files:");
    // The files too are in the asker's language.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file(en!, ".xlsx").bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Appendix 01", "Appendix 02"]);
    const docx = await (await JSZip.loadAsync(file(en!, ".docx").bytes)).file("word/document.xml")!.async("string");
    expect(docx).toContain("Results of the inspection of the tasks assigned by the Provincial People");
    expect(docx).toContain("in quarter II of 2019");
    expect(docx).not.toContain("BÁO CÁO");
    expect(new TextDecoder().decode(file(en!, "phu-luc-01-2019-06-30.csv").bytes)).toMatch(/\r\n,Total,/);
  });

  it("defaults to the year so far, as of now", async () => {
    const [reply] = await ask("leader", "/baocao");
    expect(reply!.text).toContain("Nhiệm vụ giao từ 01/01/2019 đến 15/07/2019, số liệu tính đến hết ngày 15/07/2019");
  });

  it("refuses focal officers and heads, strangers, and group chats, without building anything", async () => {
    for (const who of ["focal-SYT", "head-SYT"]) {
      const [reply] = await ask(who, "/baocao");
      expect(reply!.files).toBeUndefined();
      expect(reply!.text).toMatch(/không có quyền/i);
    }
    const [stranger] = await ask("someone-else", "/baocao");
    expect(stranger!.files).toBeUndefined();
    const [group] = await ask("leader", "/baocao", { chatType: "group", chatId: "group-1" });
    expect(group!.files).toBeUndefined();
    expect(group!.text).toMatch(/riêng/);
  });

  it("answers bad arguments with the usage or the reason, and an empty period without files", async () => {
    const [junk] = await ask("leader", "/baocao Sở Y tế");
    expect(junk!.text).toMatch(/Cách dùng: \/baocao/);
    const [badDate] = await ask("leader", "/baocao đến 31/02/2019");
    expect(badDate!.text).toMatch(/31\/02\/2019/);
    const [tooLong] = await ask("leader", "/baocao từ 01/01/2015 đến 31/12/2019");
    expect(tooLong!.text).toBe("Báo cáo chỉ gồm tối đa 24 tháng. Hãy chọn kỳ ngắn hơn.");
    const [after] = await ask("leader", "/baocao tháng 6/2019 đến 31/05/2019");
    expect(after!.text).toBe("Kỳ báo cáo bắt đầu (01/06/2019) sau ngày tính số liệu (31/05/2019).");
    const [empty] = await ask("leader", "/baocao năm 2015");
    expect(empty!.text).toBe("Không có nhiệm vụ nào được giao từ 01/01/2015 đến 31/12/2015, nên không có gì để báo cáo.");
    expect(empty!.files).toBeUndefined();
  });
});
