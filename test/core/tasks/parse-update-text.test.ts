import { describe, expect, it } from "vitest";
import { parseUpdateText } from "../../../src/core/tasks/parse-update-text.js";

const parse = (text: string) => parseUpdateText(text, { referenceYear: 2019, tz: "Asia/Ho_Chi_Minh" });

describe("parseUpdateText", () => {
  it.each([
    ["Đã trình dự thảo, đạt 80%", 80, false],
    ["dat 100 %", 100, true],
    ["tiến độ 150%", null, false],
    ["Đã hoàn thành, gửi báo cáo số 12/BC-SYT", null, true],
    ["da hoan thanh", null, true],
    ["Xong rồi", null, true],
    ["done", null, true],
    ["Chưa hoàn thành do thiếu kinh phí", null, false],
    ["sắp hoàn thành, 90%", 90, false],
    ["không hoàn thành được", null, false],
    ["Đang phối hợp với Sở Tài chính", null, false],
  ])("%s → percent %s, completion %s", (text, percent, completion) => {
    const intent = parse(text);
    expect(intent.percent).toBe(percent);
    expect(intent.completion).toBe(completion);
    expect(intent.extension).toBeNull();
  });

  it.each([
    ["xin gia hạn đến 30/7 vì chờ ý kiến Bộ", "2019-07-30", "chờ ý kiến Bộ"],
    ["Xin gia hạn đến 15/08/2019 do thiếu hồ sơ", "2019-08-15", "thiếu hồ sơ"],
    ["xin gia han den 31/7/2019 vi cho kinh phi", "2019-07-31", "cho kinh phi"],
    ["Đề nghị gia hạn 2019-09-01, lý do: chưa đủ số liệu", "2019-09-01", "chưa đủ số liệu"],
    ["xin gia hạn đến 31/02 vì abc", null, "abc"],
    ["xin gia hạn thêm vì bận", null, "bận"],
  ])("%s → extension to %s", (text, date, reason) => {
    const intent = parse(text);
    expect(intent.extension).not.toBeNull();
    expect(intent.extension!.date).toBe(date);
    expect(intent.extension!.reason).toBe(reason);
  });
});
