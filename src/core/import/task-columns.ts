/**
 * The columns of a task import file, in Vietnamese or English, in any order.
 */
import { mapColumns, type ColumnMap, type ColumnSpec, type MapColumnsResult } from "./columns.js";

/** Fields a task row can carry. */
export type TaskField =
  | "code"
  | "title"
  | "agency"
  | "documentNumber"
  | "documentDate"
  | "assignedAt"
  | "deadline"
  | "completedAt"
  | "note";

/** Header names per field (Vietnamese | English) and whether the column must exist. */
export const TASK_COLUMNS: Readonly<Record<TaskField, ColumnSpec>> = {
  code: { names: ["ma_nhiem_vu", "code"], required: false },
  title: { names: ["trich_yeu", "title"], required: true },
  agency: { names: ["co_quan_chu_tri", "agency"], required: true },
  documentNumber: { names: ["so_ky_hieu_van_ban", "document_number"], required: false },
  documentDate: { names: ["ngay_van_ban", "document_date"], required: false },
  assignedAt: { names: ["ngay_giao", "assigned_at"], required: true },
  deadline: { names: ["han_xu_ly", "deadline"], required: false },
  completedAt: { names: ["ngay_hoan_thanh", "completed_at"], required: false },
  note: { names: ["ghi_chu", "note"], required: false },
};

/** Where each task field sits in a file. */
export type TaskColumnMap = ColumnMap<TaskField>;

/** Maps a task file's header; see {@link mapColumns} for the errors. */
export function mapTaskColumns(headers: readonly string[]): MapColumnsResult<TaskField> {
  return mapColumns(headers, TASK_COLUMNS);
}
