import { expect } from "vitest";
import type { ChatDriver, Reply } from "./driver.js";

/** What a scenario may use besides the chat: invite codes and a look at the database. */
export interface ScenarioWorld {
  /** A fresh invite code. */
  invite(role: "focal" | "head" | "leader" | "inspector" | "admin", agencyCode?: string): Promise<string>;
  /** A task's current state. */
  task(code: string): Promise<{ status: string; deadline: Date | null; originalDeadline: Date | null; progressPercent: number; updates: string[] }>;
  /** An open task code of another agency than Sở Y tế. */
  otherAgencyTask(): Promise<string>;
  /** Adds an open copy of a task under another code (the same number in another year). */
  copyTask(code: string, newCode: string): Promise<void>;
}

export interface Scenario {
  name: string;
  run(chat: ChatDriver, world: ScenarioWorld): Promise<void>;
}

/** Every conversation scenario is run as of this instant, on the 2019 demo data. */
export const SCENARIO_NOW = new Date("2019-06-20T09:00:00+07:00");

const codesIn = (reply: Reply) => [...reply.text.matchAll(/NV-2019-\d{4}/g)].map((m) => m[0]);

async function firstOpenTask(chat: ChatDriver, as = "focal-SYT"): Promise<string> {
  const list = await chat.send(as, "/nhiemvu");
  const code = codesIn(list)[0];
  if (!code) throw new Error(`no open task in: ${list.text}`);
  return code;
}

function counts(reply: Reply): number[] {
  return [...reply.text.matchAll(/: ([\d.]+)$/gm)].map((m) => Number(m[1]!.replaceAll(".", "")));
}

/** One conversation per command, each with its bad-input cases. */
export const scenarios: Scenario[] = [
  {
    name: "/help fits the role, and unknown or oversized input gets a polite answer",
    async run(chat) {
      expect((await chat.send("stranger", "/help")).text).toMatch(/\/dangky/);
      expect((await chat.send("stranger", "/thongke")).text).toMatch(/chưa đăng ký/);
      expect((await chat.send("stranger", "xin chào")).text).toMatch(/chưa đăng ký/);
      const focal = await chat.send("focal-SYT", "/help");
      expect(focal.text).toMatch(/\/capnhat/);
      expect(focal.text).not.toMatch(/\/quahan/);
      expect((await chat.send("leader", "/trogiup")).text).toMatch(/\/quahan/);
      expect((await chat.send("focal-SYT", "/xyz")).text).toMatch(/Không có lệnh “\/xyz”.*\/help/);
      expect((await chat.send("focal-SYT", `/capnhat ${"x".repeat(4001)}`)).text).toMatch(/quá dài \(4\.010 ký tự\)/);
    },
  },
  {
    name: "/thongke answers the report's counts, by agency name, alias or without diacritics, with periods",
    async run(chat) {
      const province = await chat.send("leader", "/thongke đến 30/06/2019");
      expect(counts(province).slice(0, 5)).toEqual([2139, 883, 281, 912, 63]);
      expect(province.text).toMatch(/54,4%/);
      expect(province.text).toMatch(/1\. UBND huyện Ngọc Hồi: 18/);
      for (const name of ["Sở Y tế", "so y te", "SYT"]) {
        expect(counts(await chat.send("focal-SYT", `/thongke ${name} đến 30/06/2019`)).slice(0, 5)).toEqual([41, 35, 1, 5, 0]);
      }
      expect(counts(await chat.send("focal-SYT", "/thong ke sở y tế tháng 6/2019 đến 30/06/2019")).slice(0, 1)).toEqual([3]);
      expect(counts(await chat.send("leader", "/stats SYT quý 2/2019 đến 30/06/2019")).slice(0, 1)).toEqual([25]);
      const ask = await chat.send("leader", "/thongke kon tum đến 30/06/2019");
      expect(ask.text).toMatch(/Ý bạn là/);
      expect(counts(await chat.press("leader", /UBND thành phố Kon Tum/)).slice(0, 5)).toEqual([134, 9, 34, 77, 14]);
      const typo = await chat.send("leader", "/thongke so y tee");
      expect(typo.text).toMatch(/Ý bạn là/);
      expect(typo.buttons).toContain("Sở Y tế");
      expect((await chat.send("leader", "/thongke Sở Y tế đến 31/02/2019")).text).toMatch(/31\/02\/2019” không phải là ngày hợp lệ/);
    },
  },
  {
    name: "/dangky registers with a one-time code; wrong codes are slowed down",
    async run(chat, world) {
      const code = await world.invite("focal", "SYT");
      expect((await chat.send("newcomer", "/dangky")).text).toMatch(/Cách dùng: \/dangky/);
      expect((await chat.send("newcomer", "/dangky ABCD-EFGH-JKLM")).text).toMatch(/Mã mời không đúng/);
      const done = await chat.send("newcomer", `/dangky ${code.toLowerCase()}`);
      expect(done.text).toMatch(/Đăng ký thành công.*cán bộ đầu mối — Sở Y tế/);
      expect((await chat.send("newcomer", "/nhiemvu")).text).toMatch(/Sở Y tế/);
      expect((await chat.send("latecomer", `/dangky ${code}`)).text).toMatch(/Mã mời không đúng, đã dùng/);
      for (let i = 0; i < 4; i++) await chat.send("latecomer", "/dangky WRONG-CODE");
      expect((await chat.send("latecomer", "/dangky WRONG-CODE")).text).toMatch(/sai quá nhiều lần.*15 phút/);
      const valid = await world.invite("leader");
      expect((await chat.send("latecomer", `/dangky ${valid}`)).text).toMatch(/sai quá nhiều lần/);
    },
  },
  {
    name: "/nhiemvu lists the agency's open tasks by deadline, filtered and paginated",
    async run(chat) {
      const own = await chat.send("focal-SYT", "/nhiemvu");
      expect(own.text).toMatch(/Nhiệm vụ đang thực hiện — Sở Y tế \(5\)/);
      expect(own.text).toMatch(/còn \d+ ngày/);
      expect((await chat.send("focal-SYT", "/nhiemvu quá hạn")).text).toMatch(/không có nhiệm vụ quá hạn/);
      const overdue = await chat.send("leader", "/tasks UBND thành phố Kon Tum quá hạn");
      expect(overdue.text).toMatch(/Nhiệm vụ quá hạn — UBND thành phố Kon Tum/);
      expect(overdue.text).toMatch(/quá hạn \d+ ngày/);
      const all = await chat.send("leader", "/nhiemvu UBND thành phố Kon Tum");
      expect(all.text).toMatch(/Trang 1\//);
      expect((await chat.press("leader", /Sau/)).text).toMatch(/Trang 2\//);
      expect((await chat.send("focal-SYT", "/nhiemvu Sở Tài chính")).text).toMatch(/Không tìm thấy cơ quan/);
    },
  },
  {
    name: "/nhiemvu <mã> opens the task's card; a code typed short is used when it names one task, asked back when several",
    async run(chat, world) {
      const card = await chat.send("focal-SYT", "/nhiemvu nv-2019-1207");
      expect(card.text).toMatch(/📌 NV-2019-1207 — Tham mưu UBND tỉnh/);
      expect(card.text).toMatch(/Cơ quan chủ trì: Sở Y tế/);
      expect(card.text).toMatch(/Hạn xử lý: 16\/07\/2019/);
      expect(card.text).toMatch(/Tình trạng: ⏳ Chưa hoàn thành, trong hạn \(còn 26 ngày\)/);
      expect(card.buttons).toEqual(expect.arrayContaining(["📝 Cập nhật", "✅ Đã hoàn thành", "⏳ Xin gia hạn"]));
      expect((await chat.press("focal-SYT", /Cập nhật/)).text).toMatch(/Gửi nội dung cập nhật cho NV-2019-1207/);
      expect((await chat.send("focal-SYT", "đã trình dự thảo, đạt 40%")).text).toMatch(/NV-2019-1207: tiến độ 40%/);
      expect((await chat.send("focal-SYT", "/capnhat 1207 đã lấy ý kiến các sở, đạt 50%")).text).toMatch(/NV-2019-1207: tiến độ 50%/);
      expect((await chat.send("focal-SYT", "/nhiemvu 0104")).text).toMatch(/Không tìm thấy nhiệm vụ “0104”/);

      await world.copyTask("NV-2019-1207", "NV-2018-1207");
      const ask = await chat.send("focal-SYT", "/hoanthanh 1207 đã gửi báo cáo");
      expect(ask.text).toMatch(/“1207” khớp với 2 nhiệm vụ/);
      expect(ask.buttons).toEqual(expect.arrayContaining(["NV-2019-1207 · Sở Y tế", "NV-2018-1207 · Sở Y tế"]));
      expect((await chat.press("focal-SYT", /NV-2018-1207/)).text).toMatch(/✅ NV-2018-1207: đã hoàn thành lúc 20\/06\/2019 09:00/);
      expect((await world.task("NV-2018-1207")).status).toBe("done");
      expect((await world.task("NV-2019-1207")).status).toBe("open");

      expect((await chat.send("leader", "/nhiemvu 1207")).buttons).toEqual(expect.arrayContaining(["NV-2019-1207 · Sở Y tế"]));
      const seen = await chat.press("leader", /NV-2019-1207/);
      expect(seen.text).toMatch(/Tiến độ: 50%/);
      expect(seen.text).toMatch(/Phạm Thị Hồng Hà: đã lấy ý kiến các sở, đạt 50%/);
      expect(seen.buttons).toEqual([]);
    },
  },
  {
    name: "a focal officer reports progress by command, by reply and by free text",
    async run(chat, world) {
      const code = await firstOpenTask(chat);
      expect((await chat.send("focal-SYT", `/capnhat ${code} đã trình dự thảo, đạt 60%`)).text).toMatch(/tiến độ 60%/);
      expect((await world.task(code)).progressPercent).toBe(60);
      const reply = await chat.replyTo("focal-SYT", new RegExp(code), "đã lấy ý kiến các sở, đạt 70%");
      expect(reply.text).toMatch(new RegExp(`${code}: tiến độ 70%`));
      const offer = await chat.send("focal-SYT", "Đã gửi văn bản xin ý kiến Bộ, đạt 75%");
      expect(offer.text).toMatch(/thuộc nhiệm vụ nào/);
      expect(offer.buttons.length).toBeGreaterThan(1);
      const picked = await chat.press("focal-SYT", new RegExp(code));
      expect(picked.text).toMatch(new RegExp(`${code}: tiến độ 75%`));
      const state = await world.task(code);
      expect(state.progressPercent).toBe(75);
      expect(state.updates).toEqual(expect.arrayContaining(["đã trình dự thảo, đạt 60%", "đã lấy ý kiến các sở, đạt 70%", "Đã gửi văn bản xin ý kiến Bộ, đạt 75%"]));
      expect((await chat.send("focal-SYT", `/capnhat ${code}`)).text).toMatch(/Cách dùng: \/capnhat/);
      expect((await chat.send("focal-SYT", "/capnhat NV-2019-99999 50%")).text).toMatch(/Không tìm thấy nhiệm vụ/);
    },
  },
  {
    name: "completion asks for confirmation, and the stats reflect it at once",
    async run(chat, world) {
      const code = await firstOpenTask(chat);
      const before = counts(await chat.send("focal-SYT", "/thongke SYT"));
      const ask = await chat.send("focal-SYT", `/capnhat ${code} da hoan thanh, đã gửi báo cáo`);
      expect(ask.text).toMatch(/xác nhận/);
      expect((await world.task(code)).status).toBe("open");
      expect((await chat.press("focal-SYT", /Xác nhận hoàn thành/)).text).toMatch(new RegExp(`✅ ${code}: đã hoàn thành lúc 20/06/2019 09:00`));
      const after = counts(await chat.send("focal-SYT", "/thongke SYT"));
      expect(after[0]).toBe(before[0]);
      expect(after[1]! + after[2]!).toBe(before[1]! + before[2]! + 1);
      expect((await chat.send("focal-SYT", `/hoanthanh ${code}`)).text).toMatch(/đã hoàn thành từ trước/);
      const other = await firstOpenTask(chat);
      expect((await chat.send("focal-SYT", `/hoanthanh ${other} ngày 01/06/2019 sửa hồ sơ`)).text).toMatch(/không có quyền/);
      expect((await chat.send("inspector", `/hoanthanh ${other} ngày 15/06/2019 theo báo cáo`)).text).toMatch(/đã hoàn thành lúc 15\/06\/2019 00:00/);
      expect((await chat.send("inspector", `/hoanthanh ${await firstOpenTask(chat)} ngày 31/02/2019`)).text).toMatch(/không phải là ngày hợp lệ/);
    },
  },
  {
    name: "an extension goes from request through approval to the new deadline",
    async run(chat, world) {
      const code = await firstOpenTask(chat);
      const original = (await world.task(code)).deadline;
      expect((await chat.send("focal-SYT", `/giahan ${code} 31/02/2019 thiếu hồ sơ`)).text).toMatch(/không phải là ngày hợp lệ/);
      expect((await chat.send("focal-SYT", `/giahan ${code} 01/01/2019 thiếu hồ sơ`)).text).toMatch(/phải sau/);
      expect((await chat.send("focal-SYT", `/giahan ${code} 30/09/2019`)).text).toMatch(/nêu lý do/);
      const asked = await chat.send("focal-SYT", `/giahan ${code} đến 30/09/2019 chờ ý kiến Bộ Y tế`);
      const id = /số (\d+)/.exec(asked.text)?.[1];
      expect(id).toBeDefined();
      expect((await chat.send("focal-SYT", `/giahan ${code} 15/10/2019 thêm`)).text).toMatch(/đang có đề nghị gia hạn/);
      expect((await chat.send("focal-SYT", `/duyet ${id}`)).text).toMatch(/không có quyền/);
      expect((await chat.send("leader", "/duyet abc")).text).toMatch(/Cách dùng: \/duyet/);
      expect((await chat.send("leader", `/duyet ${id}`)).text).toMatch(new RegExp(`hạn mới của ${code} là 30/09/2019`));
      expect((await chat.send("leader", `/tuchoi ${id} trễ`)).text).toMatch(/đã được xử lý/);
      const state = await world.task(code);
      expect(state.deadline?.toISOString()).toBe("2019-09-30T16:59:59.999Z");
      expect(state.originalDeadline?.toISOString()).toBe(original?.toISOString());
      expect((await chat.send("focal-SYT", "/nhiemvu")).text).toMatch(new RegExp(`${code} · .* · hạn 30/09/2019`));
      const second = await firstOpenTask(chat);
      const viaText = await chat.send("focal-SYT", `/capnhat ${second} xin gia hạn đến 31/7 vì chờ kinh phí`);
      const rejectId = /số (\d+)/.exec(viaText.text)?.[1];
      expect((await chat.send("leader", `/tuchoi ${rejectId}`)).text).toMatch(/Cách dùng: \/tuchoi/);
      expect((await chat.send("leader", `/tuchoi ${rejectId} chưa đủ căn cứ`)).text).toMatch(/Đã từ chối/);
    },
  },
  {
    name: "a focal officer cannot read or touch another agency's task",
    async run(chat, world) {
      const foreign = await world.otherAgencyTask();
      expect((await chat.send("focal-SYT", `/capnhat ${foreign} đạt 90%`)).text).toMatch(/Không tìm thấy nhiệm vụ/);
      expect((await chat.send("focal-SYT", `/hoanthanh ${foreign}`)).text).toMatch(/Không tìm thấy nhiệm vụ/);
      expect((await chat.send("focal-SYT", `/giahan ${foreign} 30/12/2019 lý do`)).text).toMatch(/Không tìm thấy nhiệm vụ/);
      expect((await world.task(foreign)).progressPercent).not.toBe(90);
      expect((await chat.send("focal-SYT", "/quahan")).text).toMatch(/không có quyền/);
      expect((await chat.send("leader", `/capnhat ${foreign} đạt 90%`)).text).toMatch(/không có quyền/);
    },
  },
  {
    name: "/quahan ranks agencies by overdue tasks, for leaders and inspectors",
    async run(chat) {
      const leader = await chat.send("leader", "/quahan");
      expect(leader.text).toMatch(/nhiệm vụ quá hạn tại \d+ cơ quan/);
      expect(leader.text).toMatch(/1\. UBND huyện Ngọc Hồi: \d+ nhiệm vụ/);
      expect(leader.text).toMatch(/không cập nhật 14 ngày/);
      expect((await chat.send("inspector", "/overdue")).text).toMatch(/UBND huyện Ngọc Hồi/);
      expect((await chat.send("inspector", "/chatluong")).text).toMatch(/\d/);
      expect((await chat.send("focal-SYT", "/chatluong")).text).toMatch(/không có quyền/);
    },
  },
  {
    name: "/baocao sends the seed report: its figures, then the chart and the files (links on Zalo)",
    async run(chat) {
      expect((await chat.send("focal-SYT", "/baocao")).text).toMatch(/không có quyền/);
      expect((await chat.send("leader", "/baocao Sở Y tế")).text).toMatch(/Cách dùng: \/baocao/);
      const report = await chat.send("leader", "/baocao 6 tháng đầu năm 2019 đến 30/06/2019");
      expect(report.text).toContain("685 văn bản giao 2.139 nhiệm vụ");
      expect(report.text).toContain("Đã hoàn thành 1.164 nhiệm vụ, đạt 54,4%");
      const files = new Map((report.files ?? []).map((f) => [f.filename, f.bytes]));
      expect([...files.keys()].sort()).toEqual([
        "bao-cao-2019-06-30.docx", "bao-cao-2019-06-30.xlsx", "bieu-do-2019-06-30.png", "phu-luc-01-2019-06-30.csv", "phu-luc-02-2019-06-30.csv",
      ]);
      // What arrives is the report itself: the appendix as computed, the chart as a PNG, the documents as ZIP containers.
      const appendix1 = new TextDecoder().decode(files.get("phu-luc-01-2019-06-30.csv"));
      expect(appendix1).toMatch(/Sở Y tế,41,35,1,5,0/);
      expect(appendix1).toMatch(/2139,883,281,912,63/);
      expect([...files.get("bieu-do-2019-06-30.png")!.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
      for (const name of ["bao-cao-2019-06-30.docx", "bao-cao-2019-06-30.xlsx"]) expect([...files.get(name)!.subarray(0, 2)]).toEqual([80, 75]);
    },
  },
  {
    name: "/dondoc previews, then sends an urging notice to late agencies; its status shows who was reached",
    async run(chat) {
      expect((await chat.send("focal-SYT", "/dondoc tre_han Đề nghị khẩn trương hoàn thành")).text).toMatch(/không có quyền/);
      expect((await chat.send("inspector", "/dondoc")).text).toMatch(/Cách dùng: \/dondoc/);
      expect((await chat.send("inspector", "/dondoc Sở Y tê xyz, Sở Tư pháp: nội dung")).text).toMatch(/Không tìm thấy cơ quan|Ý bạn là|khớp với nhiều/);
      const preview = await chat.send("inspector", "/dondoc tre_han Đề nghị các cơ quan khẩn trương hoàn thành nhiệm vụ trễ hạn.");
      expect(preview.text).toMatch(/Xem trước đôn đốc số (\d+): \d+ cơ quan/);
      expect(preview.text).toMatch(/UBND huyện Ngọc Hồi: \d+ nhiệm vụ trễ hạn/);
      expect(preview.text).not.toMatch(/Sở Y tế:/);
      const id = /số (\d+)/.exec(preview.text)![1];
      const sent = await chat.press("inspector", /Gửi/);
      expect(sent.text).toMatch(new RegExp(`Đã gửi đôn đốc số ${id} đến \\d+ người`));
      const status = await chat.send("inspector", `/dondoc trangthai ${id}`);
      expect(status.text).toMatch(/UBND huyện Ngọc Hồi/);
      expect(status.text).toMatch(/đang gửi: |đã nhận: /);
      const list = await chat.send("inspector", "/dondoc Sở Y tế, Sở Tư pháp: Báo cáo tiến độ trước ngày 25/6.");
      expect(list.text).toMatch(/2 cơ quan/);
      expect((await chat.press("inspector", /Hủy/)).text).toMatch(/Đã hủy/);
    },
  },
  {
    name: "a name the bot is not sure of comes back as choices, and picking one runs the command with it",
    async run(chat) {
      const ask = await chat.send("inspector", "/dondoc Sở Tư pháp, so y tê xyz: Báo cáo tiến độ trước ngày 25/6.");
      expect(ask.text).toMatch(/Ý bạn là|khớp với nhiều/);
      expect(ask.buttons).toContain("Sở Y tế");
      const preview = await chat.press("inspector", /^Sở Y tế$/);
      expect(preview.text).toMatch(/Xem trước đôn đốc số \d+: 2 cơ quan/);
      expect(preview.text).toMatch(/Báo cáo tiến độ trước ngày 25\/6\./);
      expect((await chat.press("inspector", /Hủy/)).text).toMatch(/Đã hủy/);
    },
  },
  {
    name: "every command offers the agencies it is unsure of as choices (numbers where there are no buttons)",
    async run(chat) {
      const tasks = await chat.send("leader", "/nhiemvu kon tum quá hạn");
      expect(tasks.text).toMatch(/“kon tum” khớp với nhiều cơ quan\. Ý bạn là cơ quan nào\?/);
      expect(tasks.buttons).toEqual(["UBND thành phố Kon Tum", "Thanh tra tỉnh", "Văn phòng UBND tỉnh Kon Tum"]);
      expect((await chat.press("leader", /^UBND thành phố Kon Tum$/)).text).toMatch(/Nhiệm vụ quá hạn — UBND thành phố Kon Tum/);
      const stats = await chat.send("focal-SYT", "/thongke so y tee đến 30/06/2019");
      expect(stats.text).toMatch(/Không tìm thấy cơ quan “so y tee”\. Ý bạn là cơ quan nào\?/);
      expect(stats.buttons[0]).toBe("Sở Y tế");
      expect(counts(await chat.press("focal-SYT", /^Sở Y tế$/)).slice(0, 5)).toEqual([41, 35, 1, 5, 0]);
      expect((await chat.send("focal-SYT", "/nhiemvu so y tee")).buttons).toEqual(["Sở Y tế"]);
      expect((await chat.press("focal-SYT", /^Sở Y tế$/)).text).toMatch(/Nhiệm vụ đang thực hiện — Sở Y tế \(5\)/);
      const unknown = await chat.send("leader", "/nhiemvu xyz qwerty");
      expect(unknown.text).toMatch(/Không tìm thấy cơ quan “xyz qwerty”\.$/);
      expect(unknown.buttons).toEqual([]);
    },
  },
  {
    name: "/dondoc reads tre_han, tat_ca and trangthai with or without underscore, diacritics and colon",
    async run(chat) {
      const late = await chat.send("inspector", "/dondoc tre_han: Đề nghị khẩn trương hoàn thành nhiệm vụ trễ hạn.");
      expect(late.text).toMatch(/Xem trước đôn đốc số \d+: 14 cơ quan/);
      expect(late.text).toMatch(/Nội dung: Đề nghị khẩn trương/);
      expect((await chat.press("inspector", /Hủy/)).text).toMatch(/Đã hủy/);
      expect((await chat.send("inspector", "/dondoc trễ hạn Đề nghị báo cáo.")).text).toMatch(/: 14 cơ quan/);
      const everyone = await chat.send("inspector", "/dondoc tất cả: Họp giao ban ngày 25/6.");
      expect(everyone.text).toMatch(/: 30 cơ quan/);
      const id = /số (\d+)/.exec(everyone.text)![1];
      expect((await chat.send("inspector", `/dondoc trạng thái ${id}`)).text).toMatch(new RegExp(`Tình trạng đôn đốc số ${id}: Họp giao ban ngày 25/6\\.`));
    },
  },
  {
    name: "/kenh chooses, among the linked apps, where reminders go",
    async run(chat) {
      expect((await chat.send("focal-SYT", "/kenh")).text).toMatch(new RegExp(`Ứng dụng đã liên kết: .*${chat.name}`));
      expect((await chat.send("focal-SYT", "/kenh fax")).text).toMatch(/Cách dùng: \/kenh/);
      const other = chat.name === "zalo" ? "slack" : "zalo";
      expect((await chat.send("focal-SYT", `/kenh ${other}`)).text).toMatch(new RegExp(`chưa liên kết ${other}`));
      expect((await chat.send("focal-SYT", `/kenh ${chat.name}`)).text).toMatch(new RegExp(`gửi qua ${chat.name}`));
      expect((await chat.send("focal-SYT", "/kenh")).text).toMatch(new RegExp(`gửi tới: ${chat.name}`));
    },
  },
  {
    name: "/ngonngu switches the user's language",
    async run(chat) {
      expect((await chat.send("focal-SYT", "/ngonngu xx")).text).toMatch(/Cách dùng: \/ngonngu/);
      expect((await chat.send("focal-SYT", "/language en")).text).toBe("Switched to English.");
      expect((await chat.send("focal-SYT", "/help")).text).toMatch(/\/update <code> <text>/);
      expect((await chat.send("focal-SYT", "/thongke SYT đến 30/06/2019")).text).toMatch(/Completed on time: 35/);
      expect((await chat.send("focal-SYT", "/ngon ngu tiếng việt")).text).toBe("Đã chuyển sang tiếng Việt.");
    },
  },
];
