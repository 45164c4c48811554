/**
 * Shapes of the generated demo data. All `Date` values are UTC instants;
 * calendar days are in Asia/Ho_Chi_Minh (+07:00).
 */
import type { Appendix1Row, Appendix2Row } from "./read-appendices.js";
import type { DemoAgency } from "./seed/agencies.js";

/** Type of a directive document issued by the provincial People's Committee. */
export type DemoDocumentType = "Quyết định" | "Công văn" | "Thông báo" | "Kế hoạch" | "Chỉ thị";

/** A document that assigns one or more tasks. */
export interface DemoDocument {
  /** Unique number, e.g. `32/QĐ-UBND`, `986/UBND-HCTC`, `45/TB-UBND`. */
  number: string;
  /** Same instant as the `assignedAt` of its tasks. */
  issuedAt: Date;
  type: DemoDocumentType;
  /** Subject line ("trích yếu"). */
  summary: string;
  issuer: "UBND tỉnh Kon Tum";
}

/** Urgency marking of the assigning document. */
export type DemoUrgency = "normal" | "urgent" | "flash";

/** One task assigned to a lead agency. */
export interface DemoTask {
  /** `NV-2019-0001` .. in order of assignment. */
  code: string;
  title: string;
  detail: string;
  documentNumber: string;
  /** Lead agency. */
  agencyCode: string;
  coordinatingAgencyCodes: string[];
  assignedAt: Date;
  /** End of the deadline's local day (23:59:59.999 +07:00); null for a standing task. */
  deadline: Date | null;
  completedAt: Date | null;
  urgency: DemoUrgency;
  confidential: boolean;
  /** 100 when completed, otherwise 0..90. */
  progressPercent: number;
  completionNote: string | null;
}

/** Role of a demo user. */
export type DemoRole = "focal" | "head" | "leader" | "inspector" | "admin";

/** A demo user. */
export interface DemoPerson {
  /** `focal-SYT`, `head-SYT`, `leader`, `inspector`. */
  key: string;
  /** Vietnamese full name. */
  name: string;
  /** Job title, e.g. `Phó Chủ tịch UBND tỉnh`. */
  title: string;
  roles: { role: DemoRole; agencyCode?: string }[];
}

/** Everything the generator produces. */
export interface DemoData {
  documents: DemoDocument[];
  tasks: DemoTask[];
  people: DemoPerson[];
  /** The reporting cut-off: end of 30/06/2019 in local time. */
  cutoff: Date;
}

/** Input of the generator. */
export interface DemoInput {
  appendix1: readonly Appendix1Row[];
  appendix2: readonly Appendix2Row[];
  agencies: readonly DemoAgency[];
}

/** Status of a task as of a cut-off, as counted in appendix 1. */
export type DemoCategory = "onTime" | "late" | "inTerm" | "overdue";
