/** focal officer (cán bộ đầu mối), agency head, leader, inspector (thanh tra / kiểm tra), admin. */
export const ROLES = ["focal", "head", "leader", "inspector", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface RoleGrantRef {
  role: Role;
  agencyId: number | null;
}

/** Who is acting: a registered person with their roles. */
export interface Actor {
  personId: number;
  name: string;
  language: "vi" | "en";
  roles: RoleGrantRef[];
}
