-- DropIndex
DROP INDEX "Task_assignedAt_idx";

