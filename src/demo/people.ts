/**
 * Demo users: a focal officer and a head for every agency, one provincial
 * leader and one inspector (who is also the administrator). Names are
 * fictitious, built from common Vietnamese family, middle and given names.
 */
import { createRng, type Rng } from "./random.js";
import type { DemoAgency } from "./seed/agencies.js";
import type { DemoPerson } from "./types.js";

const FAMILY: readonly [string, number][] = [
  ["Nguyễn", 30], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Hoàng", 5], ["Huỳnh", 4], ["Phan", 4], ["Vũ", 3],
  ["Võ", 3], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 2], ["Hồ", 2], ["Ngô", 2], ["Dương", 1], ["Lý", 1], ["Đinh", 2],
  ["Trương", 1], ["Lưu", 1], ["Mai", 1],
];
const MALE_MIDDLE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Ngọc", "Xuân", "Anh"];
const FEMALE_MIDDLE = ["Thị", "Thị Thu", "Thị Thanh", "Ngọc", "Thị Kim", "Thị Hồng", "Thu", "Thị Minh"];
const MALE_GIVEN = [
  "Hùng", "Dũng", "Tuấn", "Hải", "Long", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Việt", "Cường", "Hiếu",
  "Khánh", "Nam", "Bình", "Hòa", "Thịnh", "Tài", "Lâm", "Vinh", "Đạt", "Huy", "Phúc", "Tùng", "Kiên",
];
const FEMALE_GIVEN = [
  "Hà", "Hương", "Lan", "Linh", "Mai", "Nhung", "Phương", "Thảo", "Trang", "Vân", "Yến", "Hằng", "Hạnh",
  "Dung", "Hoa", "Loan", "Ngân", "Quyên", "Tâm", "Uyên",
];

function fullName(rng: Rng): string {
  const family = FAMILY[rng.weightedIndex(FAMILY.map(([, w]) => w))]![0];
  const female = rng.chance(0.45);
  const middle = rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return `${family} ${middle} ${given}`;
}

/** Title of the head of an agency. */
export function headTitle(agency: DemoAgency): string {
  switch (agency.kind) {
    case "department":
      return `Giám đốc ${agency.name}`;
    case "board":
      return `Trưởng ${agency.name}`;
    case "district":
    case "commune":
      return `Chủ tịch ${agency.name}`;
    case "office":
      return `Chánh ${agency.name}`;
    case "other":
      return /^Thanh tra/i.test(agency.name) ? `Chánh ${agency.name}` : `Thủ trưởng ${agency.name}`;
  }
}

/** Builds the demo users; names are unique and depend only on the agency list. */
export function generatePeople(agencies: readonly DemoAgency[]): DemoPerson[] {
  const rng = createRng("nhacviec-demo/people");
  const used = new Set<string>();
  const name = (): string => {
    for (;;) {
      const candidate = fullName(rng);
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
  const people: DemoPerson[] = [
    { key: "leader", name: name(), title: "Phó Chủ tịch UBND tỉnh", roles: [{ role: "leader" }] },
    {
      key: "inspector",
      name: name(),
      title: "Chuyên viên Tổ Kiểm tra, Văn phòng UBND tỉnh",
      roles: [{ role: "inspector" }, { role: "admin" }],
    },
  ];
  for (const agency of agencies) {
    people.push({
      key: `head-${agency.code}`,
      name: name(),
      title: headTitle(agency),
      roles: [{ role: "head", agencyCode: agency.code }],
    });
    people.push({
      key: `focal-${agency.code}`,
      name: name(),
      title: `Chuyên viên đầu mối theo dõi nhiệm vụ, ${agency.name}`,
      roles: [{ role: "focal", agencyCode: agency.code }],
    });
  }
  return people;
}
