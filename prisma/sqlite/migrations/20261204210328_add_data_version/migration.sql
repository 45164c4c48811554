-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT NOT NULL
);


-- The one row, with a first random value.
INSERT INTO "DataVersion" ("id", "value") VALUES (1, lower(hex(randomblob(16))));

-- Every write to Task or Agency gives the row a new random value, inside the
-- writing statement's transaction. SQLite writers take turns on the whole
-- database, so a row-level bump costs no concurrency. A migration that
-- rebuilds one of these tables (Prisma's "RedefineTables") drops its
-- triggers and must create them again: test/core/stats/stats-cache-db.test.ts
-- fails if it does not.
CREATE TRIGGER "Task_data_version_insert" AFTER INSERT ON "Task"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
CREATE TRIGGER "Task_data_version_update" AFTER UPDATE ON "Task"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
CREATE TRIGGER "Task_data_version_delete" AFTER DELETE ON "Task"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
CREATE TRIGGER "Agency_data_version_insert" AFTER INSERT ON "Agency"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
CREATE TRIGGER "Agency_data_version_update" AFTER UPDATE ON "Agency"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
CREATE TRIGGER "Agency_data_version_delete" AFTER DELETE ON "Agency"
BEGIN UPDATE "DataVersion" SET "value" = lower(hex(randomblob(16))) WHERE "id" = 1; END;
