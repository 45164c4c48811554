import { describe, expect, it } from "vitest";
import type { AgencyRecord } from "../../src/core/agencies/agency-directory.js";
import { parseBroadcast, readBroadcastKeyword, type BroadcastTarget } from "../../src/core/broadcasts/broadcast-target.js";
import { AppError } from "../../src/core/errors.js";

const agency = (id: number, code: string, name: string, aliases: string[] = []): AgencyRecord => ({
  id, code, name, shortName: null, aliases, kind: "department", displayOrder: id, active: true, mergedIntoId: null,
});
const AGENCIES = [agency(1, "SYT", "Sở Y tế", ["SYT"]), agency(2, "STP", "Sở Tư pháp", ["STP"]), agency(3, "UBND-NGOCHOI", "UBND huyện Ngọc Hồi")];

const overdue: BroadcastTarget = { kind: "overdue" };
const all: BroadcastTarget = { kind: "all" };
const USAGE = "/dondoc tre_han|tat_ca|<cơ quan, …>: <nội dung>";
const TEXT = "Đề nghị khẩn trương hoàn thành.";

describe("parseBroadcast", () => {
  it.each<[string, BroadcastTarget]>([
    [`tre_han ${TEXT}`, overdue],
    [`tre_han: ${TEXT}`, overdue],
    [`tre_han:${TEXT}`, overdue],
    [`tre_han : ${TEXT}`, overdue],
    [`TRE_HAN: ${TEXT}`, overdue],
    [`trễ hạn: ${TEXT}`, overdue],
    [`trễ hạn ${TEXT}`, overdue],
    [`Trễ_hạn: ${TEXT}`, overdue],
    [`tre han ${TEXT}`, overdue],
    [`tre han: ${TEXT}`, overdue],
    [`trehan ${TEXT}`, overdue],
    [`tre-han: ${TEXT}`, overdue],
    [`quá hạn: ${TEXT}`, overdue],
    [`qua_han ${TEXT}`, overdue],
    [`overdue: ${TEXT}`, overdue],
    [`tat_ca ${TEXT}`, all],
    [`tat_ca: ${TEXT}`, all],
    [`tất cả ${TEXT}`, all],
    [`tất cả: ${TEXT}`, all],
    [`Tất Cả:${TEXT}`, all],
    [`tat ca ${TEXT}`, all],
    [`tatca: ${TEXT}`, all],
    [`all: ${TEXT}`, all],
    [`Sở Y tế, Sở Tư pháp: ${TEXT}`, { kind: "agencies", agencyIds: [1, 2] }],
    [`SYT; stp: ${TEXT}`, { kind: "agencies", agencyIds: [1, 2] }],
    [`so y te, Sở Y tế: ${TEXT}`, { kind: "agencies", agencyIds: [1] }],
    [`ngoc hoi: ${TEXT}`, { kind: "agencies", agencyIds: [3] }],
  ])("reads %j", (args, target) => {
    expect(parseBroadcast(args, AGENCIES, USAGE)).toEqual({ target, text: TEXT });
  });

  it.each([
    "tre_han",
    "tre_han:",
    "trễ hạn :  ",
    "tất cả",
    "Sở Y tế nội dung không có dấu hai chấm",
    ": nội dung",
    "Sở Y tế:",
    "trạng thái 7",
  ])("answers the usage for %j", (args) => {
    expect(() => parseBroadcast(args, AGENCIES, USAGE)).toThrow(expect.objectContaining({ code: "usage" }));
  });

  it("names the agency it does not know, with the closest as alternatives", () => {
    const error = (() => {
      try {
        parseBroadcast(`Sở Tư pháp, so y tee: ${TEXT}`, AGENCIES, USAGE);
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unknown_agency", details: { query: "so y tee" }, alternatives: [{ value: "Sở Y tế" }] });
  });
});

describe("readBroadcastKeyword", () => {
  it.each([
    ["trạng thái 7", "status", "7"],
    ["trangthai #7", "status", "#7"],
    ["trang_thai: 7", "status", "7"],
    ["Trạng Thái số 12", "status", "số 12"],
    ["status 7", "status", "7"],
    ["tre_han: Đề nghị", "overdue", "Đề nghị"],
    ["tất cả", "all", ""],
  ])("reads %j as %s", (args, keyword, rest) => {
    expect(readBroadcastKeyword(args)).toEqual({ keyword, rest });
  });

  it.each(["Sở Y tế: nội dung", "trehanoi: nội dung", "tat_cả_cơ_quan nội dung", "allround: x", "", "  "])("leaves %j to the agency list", (args) => {
    expect(readBroadcastKeyword(args)).toBeNull();
  });
});
