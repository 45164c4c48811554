import { describe, expect, it } from "vitest";
import { AGENCY_FIELDS } from "../../src/demo/fields.js";
import { DEMO_CUTOFF, generateDemo, shiftDemo, type DemoData, type DemoTask } from "../../src/demo/generate-demo.js";
import { parseAppendix1, readAppendices } from "../../src/demo/read-appendices.js";
import { AGENCIES, findAgency } from "../../src/demo/seed/agencies.js";

type Category = "onTime" | "late" | "inTerm" | "overdue";

/** The categorisation rule of the report, as of cut-off `c`; null if not yet assigned. */
function categorize(t: DemoTask, c: Date): Category | null {
  if (t.assignedAt > c) return null;
  const done = t.completedAt !== null && t.completedAt <= c;
  if (done) return t.deadline === null || t.completedAt! <= t.deadline ? "onTime" : "late";
  return t.deadline === null || c <= t.deadline ? "inTerm" : "overdue";
}

function countsByAgency(data: DemoData, c: Date): Map<string, Record<Category | "total", number>> {
  const out = new Map<string, Record<Category | "total", number>>();
  for (const t of data.tasks) {
    const cat = categorize(t, c);
    if (!cat) continue;
    const row = out.get(t.agencyCode) ?? { total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 };
    row[cat]++;
    row.total++;
    out.set(t.agencyCode, row);
  }
  return out;
}

const HOURS = 3_600_000;
/** Local (+07:00) calendar parts of an instant. */
function local(d: Date): { y: number; m: number; d: number; wd: number; minutes: number } {
  const x = new Date(d.getTime() + 7 * HOURS);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate(), wd: x.getUTCDay(), minutes: x.getUTCHours() * 60 + x.getUTCMinutes() };
}
function localDayNumber(d: Date): number {
  return Math.floor((d.getTime() + 7 * HOURS) / 86_400_000);
}

const appendices = readAppendices();
const input = { ...appendices, agencies: AGENCIES };
const data = generateDemo(input);
const C = new Date("2019-06-30T16:59:59.999Z");

describe("appendices and agencies", () => {
  it("reads both appendices with 30 agencies each", () => {
    expect(appendices.appendix1).toHaveLength(30);
    expect(appendices.appendix2).toHaveLength(30);
    const sum = (k: "total" | "onTime" | "late" | "inTerm" | "overdue") => appendices.appendix1.reduce((s, r) => s + r[k], 0);
    expect([sum("total"), sum("onTime"), sum("late"), sum("inTerm"), sum("overdue")]).toEqual([2139, 883, 281, 912, 63]);
    expect(appendices.appendix2.reduce((s, r) => s + r.cumulativeDone, 0)).toBe(1164);
  });

  it("maps appendix-2 spellings to appendix-1 agencies", () => {
    const culture = appendices.appendix2.find((r) => r.sourceName === "Sở Văn hóa, Thể thao và DL");
    expect(culture?.agencyCode).toBe("SVHTTDL");
    expect(culture?.agencyName).toBe("Sở Văn hóa, Thể thao và Du lịch");
    for (const [i, row] of appendices.appendix2.entries()) expect(row.agencyCode).toBe(appendices.appendix1[i]!.agencyCode);
  });

  it("rejects unknown agencies and inconsistent rows", () => {
    const header = "tt,co_quan,tong_so,hoan_thanh_dung_han,hoan_thanh_qua_han,chua_hoan_thanh_trong_han,chua_hoan_thanh_tre_han\n";
    expect(() => parseAppendix1(`${header}1,Sở Không Tồn Tại,1,1,0,0,0\n`)).toThrow(/unknown agency/);
    expect(() => parseAppendix1(`${header}1,Sở Y tế,2,1,0,0,0\n`)).toThrow(/do not add up/);
  });

  it("has 30 agencies in appendix order with unique codes and aliases", () => {
    expect(AGENCIES).toHaveLength(30);
    AGENCIES.forEach((a, i) => {
      expect(a.displayOrder).toBe(i + 1);
      expect(a.name).toBe(appendices.appendix1[i]!.agencyName);
      expect(a.code).toMatch(/^[A-Z][A-Z-]*$/);
      for (const text of [a.name, a.shortName, ...a.aliases]) expect(text).toBe(text.normalize("NFC"));
    });
    expect(new Set(AGENCIES.map((a) => a.code)).size).toBe(30);
    const keys = AGENCIES.flatMap((a) => [a.code, a.name, a.shortName, ...a.aliases].map((k) => `${k.toLowerCase()}|${a.code}`));
    const owners = new Map<string, Set<string>>();
    for (const k of keys) {
      const [text, code] = k.split("|") as [string, string];
      owners.set(text, (owners.get(text) ?? new Set()).add(code));
    }
    for (const [text, codes] of owners) expect(codes.size, text).toBe(1);
  });

  it("resolves the abbreviations officials use", () => {
    const cases: [string, string][] = [
      ["SYT", "SYT"],
      ["Sở YT", "SYT"],
      ["SGD&ĐT", "SGDDT"],
      ["Sở GDĐT", "SGDDT"],
      ["Sở VHTTDL", "SVHTTDL"],
      ["Sở Văn hóa, Thể thao và DL", "SVHTTDL"],
      ["Sở LĐTBXH", "SLDTBXH"],
      ["Sở KHĐT", "SKHDT"],
      ["Sở NN&PTNT", "SNNPTNT"],
      ["Sở TNMT", "STNMT"],
      ["Sở TTTT", "STTTT"],
      ["TP Kon Tum", "UBND-TPKT"],
      ["UBND Đăk Glei", "UBND-DAKGLEI"],
      ["huyện Ia H’Drai", "UBND-IAHDRAI"],
      ["VP UBND tỉnh", "VPUBND"],
      ["BQL KKT", "BQLKKT"],
      ["  thanh tra TỈNH ", "TTT"],
    ];
    for (const [text, code] of cases) expect(findAgency(text)?.code, text).toBe(code);
    expect(findAgency("Sở Không Tồn Tại")).toBeUndefined();
  });
});

describe("generateDemo", () => {
  it("has the report's cut-off", () => {
    expect(data.cutoff.toISOString()).toBe("2019-06-30T16:59:59.999Z");
    expect(DEMO_CUTOFF.toISOString()).toBe("2019-06-30T16:59:59.999Z");
  });

  it("produces 685 documents and 2,139 tasks with sequential codes", () => {
    expect(data.documents).toHaveLength(685);
    expect(data.tasks).toHaveLength(2139);
    data.tasks.forEach((t, i) => expect(t.code).toBe(`NV-2019-${String(i + 1).padStart(4, "0")}`));
    for (let i = 1; i < data.tasks.length; i++) {
      expect(data.tasks[i]!.assignedAt.getTime()).toBeGreaterThanOrEqual(data.tasks[i - 1]!.assignedAt.getTime());
    }
  });

  it("matches appendix 1 for every agency (constraint 1)", () => {
    const counts = countsByAgency(data, C);
    for (const row of appendices.appendix1) {
      expect(counts.get(row.agencyCode), row.agencyName).toEqual({
        total: row.total,
        onTime: row.onTime,
        late: row.late,
        inTerm: row.inTerm,
        overdue: row.overdue,
      });
    }
    const totals = { total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 };
    for (const c of counts.values()) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += c[k];
    expect(totals).toEqual({ total: 2139, onTime: 883, late: 281, inTerm: 912, overdue: 63 });
  });

  it("matches appendix 2 for every agency and month (constraint 2)", () => {
    for (const row of appendices.appendix2) {
      const mine = data.tasks.filter((t) => t.agencyCode === row.agencyCode);
      row.months.forEach((expected, i) => {
        const inMonth = mine.filter((t) => local(t.assignedAt).y === 2019 && local(t.assignedAt).m === i + 1);
        const done = inMonth.filter((t) => t.completedAt !== null && t.completedAt <= C);
        expect(inMonth.length, `${row.agencyName} month ${i + 1} assigned`).toBe(expected.assigned);
        expect(done.length, `${row.agencyName} month ${i + 1} done`).toBe(expected.done);
        const completedInMonth = mine.filter((t) => t.completedAt && local(t.completedAt).m === i + 1);
        expect(completedInMonth.length, `${row.agencyName} completed in month ${i + 1}`).toBe(expected.done);
      });
    }
  });

  it("completes tasks in the month of assignment, after assignment and never after the cut-off", () => {
    for (const t of data.tasks) {
      if (!t.completedAt) continue;
      expect(t.completedAt.getTime()).toBeGreaterThan(t.assignedAt.getTime());
      expect(t.completedAt.getTime()).toBeLessThanOrEqual(C.getTime());
      expect(local(t.completedAt).m).toBe(local(t.assignedAt).m);
    }
  });

  it("is deterministic (constraint 3)", () => {
    expect(generateDemo(input)).toEqual(data);
  });

  it("assigns tasks on working days during office hours in January–June 2019", () => {
    for (const t of data.tasks) {
      const l = local(t.assignedAt);
      expect(l.y).toBe(2019);
      expect(l.m).toBeGreaterThanOrEqual(1);
      expect(l.m).toBeLessThanOrEqual(6);
      expect(l.wd).toBeGreaterThanOrEqual(1);
      expect(l.wd).toBeLessThanOrEqual(5);
      expect(l.minutes).toBeGreaterThanOrEqual(7 * 60 + 30);
      expect(l.minutes).toBeLessThanOrEqual(16 * 60 + 30);
    }
  });

  it("puts deadlines at the end of a local working day (constraint 5)", () => {
    for (const t of data.tasks) {
      if (!t.deadline) continue;
      expect(t.deadline.toISOString().slice(11)).toBe("16:59:59.999Z");
      const wd = local(t.deadline).wd;
      expect(wd >= 1 && wd <= 5, t.code).toBe(true);
      expect(t.deadline.getTime()).toBeGreaterThan(t.assignedAt.getTime());
    }
    const withDeadline = data.tasks.filter((t) => t.deadline);
    const days = withDeadline.map((t) => localDayNumber(t.deadline!) - localDayNumber(t.assignedAt));
    const typical = days.filter((d) => d >= 10 && d <= 60).length;
    expect(typical / days.length).toBeGreaterThan(0.5);
    const standing = data.tasks.length - withDeadline.length;
    expect(standing / data.tasks.length).toBeGreaterThan(0.01);
    expect(standing / data.tasks.length).toBeLessThan(0.06);
  });

  it("gives every category consistent dates", () => {
    for (const t of data.tasks) {
      switch (categorize(t, C)) {
        case "late":
          expect(t.completedAt!.getTime()).toBeGreaterThan(t.deadline!.getTime());
          break;
        case "overdue":
          expect(t.completedAt).toBeNull();
          expect(t.deadline!.getTime()).toBeLessThan(C.getTime());
          break;
        case "inTerm":
          expect(t.completedAt).toBeNull();
          if (t.deadline) expect(localDayNumber(t.deadline)).toBeGreaterThanOrEqual(localDayNumber(C));
          break;
        default:
          break;
      }
      if (t.completedAt) {
        expect(t.progressPercent).toBe(100);
        expect(t.completionNote).toMatch(/số \d+\//);
      } else {
        expect(t.progressPercent).toBeLessThan(100);
        expect(t.completionNote).toBeNull();
      }
    }
  });

  it("marks about 2% confidential and some urgent and flash tasks (constraint 6)", () => {
    const confidential = data.tasks.filter((t) => t.confidential).length;
    expect(confidential / data.tasks.length).toBeGreaterThan(0.01);
    expect(confidential / data.tasks.length).toBeLessThan(0.03);
    expect(data.tasks.some((t) => t.urgency === "urgent")).toBe(true);
    expect(data.tasks.some((t) => t.urgency === "flash")).toBe(true);
  });

  it("builds plausible titles from each agency's field (constraint 4)", () => {
    for (const t of data.tasks) {
      expect(t.title.length).toBeGreaterThan(20);
      expect(t.title).toBe(t.title.normalize("NFC"));
      expect(t.title[0]).toBe(t.title[0]!.toUpperCase());
      expect(t.detail).toContain(t.documentNumber);
    }
    const anchorNumbers = new Set(["31/QĐ-UBND", "32/QĐ-UBND", "300/KH-UBND", "478/UBND-KGVX", "600/UBND-TKT", "170/QĐ-UBND", "660/KH-UBND", "986/UBND-HCTC"]);
    for (const code of ["SYT", "SGDDT", "STNMT"]) {
      const topics = AGENCY_FIELDS[code]!.topics;
      const own = data.tasks.filter((t) => t.agencyCode === code && !anchorNumbers.has(t.documentNumber));
      for (const t of own) expect(topics.some((topic) => t.title.includes(topic)), t.title).toBe(true);
      expect(new Set(own.map((t) => t.title)).size).toBe(own.length);
    }
    expect(data.tasks.some((t) => t.title.startsWith("Tham mưu UBND tỉnh ban hành kế hoạch triển khai"))).toBe(true);
    expect(data.tasks.some((t) => t.title.startsWith("Báo cáo kết quả thực hiện"))).toBe(true);
  });

  it("links tasks and documents", () => {
    const byNumber = new Map(data.documents.map((d) => [d.number, d]));
    expect(byNumber.size).toBe(685);
    const used = new Set<string>();
    for (const t of data.tasks) {
      const doc = byNumber.get(t.documentNumber);
      expect(doc, t.documentNumber).toBeDefined();
      expect(t.assignedAt.getTime()).toBe(doc!.issuedAt.getTime());
      expect(t.coordinatingAgencyCodes).not.toContain(t.agencyCode);
      for (const c of t.coordinatingAgencyCodes) expect(AGENCIES.some((a) => a.code === c)).toBe(true);
      used.add(t.documentNumber);
    }
    expect(used.size).toBe(685);
    const pattern = /^\d{2,4}\/(QĐ-UBND|UBND-(KTTH|KGVX|NC|HTKT|NNTN|HCTC|TKT)|TB-UBND|KH-UBND|CT-UBND)$/;
    for (const d of data.documents) {
      expect(d.number).toMatch(pattern);
      expect(d.issuer).toBe("UBND tỉnh Kon Tum");
      expect(["Quyết định", "Công văn", "Thông báo", "Kế hoạch", "Chỉ thị"]).toContain(d.type);
      expect(d.summary.length).toBeGreaterThan(10);
    }
    expect(byNumber.get("32/QĐ-UBND")?.issuedAt.toISOString().slice(0, 10)).toBe("2019-01-10");
    expect(byNumber.get("986/UBND-HCTC")?.issuedAt.toISOString().slice(0, 10)).toBe("2019-04-25");
  });

  it("numbers each sequence upwards with the date", () => {
    const sequences = new Map<string, { day: number; value: number }[]>();
    for (const d of data.documents) {
      const [value, symbol] = d.number.split("/") as [string, string];
      const seq = symbol.startsWith("UBND-") || symbol === "KH-UBND" ? "VB" : symbol;
      sequences.set(seq, [...(sequences.get(seq) ?? []), { day: localDayNumber(d.issuedAt), value: Number(value) }]);
    }
    for (const [seq, list] of sequences) {
      for (let i = 1; i < list.length; i++) {
        if (list[i]!.day > list[i - 1]!.day) expect(list[i]!.value, seq).toBeGreaterThan(list[i - 1]!.value);
      }
    }
  });

  it("has a focal officer for every agency, a leader and an inspector", () => {
    const keys = new Set(data.people.map((p) => p.key));
    expect(keys.size).toBe(data.people.length);
    expect(new Set(data.people.map((p) => p.name)).size).toBe(data.people.length);
    for (const a of AGENCIES) {
      const focal = data.people.find((p) => p.key === `focal-${a.code}`);
      expect(focal?.roles).toContainEqual({ role: "focal", agencyCode: a.code });
    }
    const leaders = data.people.filter((p) => p.roles.some((r) => r.role === "leader"));
    expect(leaders).toHaveLength(1);
    expect(leaders[0]!.title).toBe("Phó Chủ tịch UBND tỉnh");
    expect(data.people.filter((p) => p.roles.some((r) => r.role === "inspector"))).toHaveLength(1);
    expect(data.people.some((p) => p.roles.some((r) => r.role === "admin"))).toBe(true);
    for (const p of data.people) expect(p.name.split(" ").length).toBeGreaterThanOrEqual(3);
  });

  it("runs in well under a second", () => {
    const start = performance.now();
    generateDemo(input);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("shiftDemo", () => {
  const target = new Date("2026-12-01T16:59:59.999Z");
  const shifted = shiftDemo(data, target);
  const days = (Date.UTC(2026, 11, 1) - Date.UTC(2019, 5, 30)) / 86_400_000;

  it("moves every date by whole days and keeps times of day", () => {
    expect(shifted.cutoff.toISOString()).toBe("2026-12-01T16:59:59.999Z");
    shifted.tasks.forEach((t, i) => {
      const o = data.tasks[i]!;
      expect(t.assignedAt.getTime() - o.assignedAt.getTime()).toBe(days * 86_400_000);
      if (o.deadline) expect(t.deadline!.toISOString().slice(11)).toBe("16:59:59.999Z");
      expect(t.completedAt === null).toBe(o.completedAt === null);
    });
    shifted.documents.forEach((d, i) => expect(d.issuedAt.getTime() - data.documents[i]!.issuedAt.getTime()).toBe(days * 86_400_000));
  });

  it("keeps the counts as of the target cut-off", () => {
    const original = countsByAgency(data, C);
    expect(countsByAgency(shifted, target)).toEqual(original);
    expect(countsByAgency(shifted, shifted.cutoff)).toEqual(original);
    expect(countsByAgency(shiftDemo(data, new Date("2026-12-01T02:00:00Z")), new Date("2026-12-01T02:00:00Z"))).toEqual(original);
  });

  it("moves dates written in texts and leaves the input untouched", () => {
    const t = shifted.tasks[0]!;
    const l = local(t.assignedAt);
    const written = `${String(l.d).padStart(2, "0")}/${String(l.m).padStart(2, "0")}/${l.y}`;
    expect(t.detail).toContain(`ngày ${written}`);
    expect(data.tasks[0]!.detail).toContain("/2019");
    expect(data.cutoff.toISOString()).toBe("2019-06-30T16:59:59.999Z");
  });
});
