-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);


-- The one row, with a first random value.
INSERT INTO "DataVersion" ("id", "value") VALUES (1, gen_random_uuid()::text);

-- Every write to Task or Agency gives the row a new random value in the
-- writing transaction. The row triggers are deferred to commit and bump once
-- per transaction (a transaction-local flag), so a long import does not hold
-- the row's lock, and block other writers, from its first row to its commit.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('nhacviec.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE "DataVersion" SET "value" = gen_random_uuid()::text WHERE "id" = 1;
    PERFORM set_config('nhacviec.data_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Task_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Task"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Task_data_version_truncate" AFTER TRUNCATE ON "Task"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE CONSTRAINT TRIGGER "Agency_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Agency"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Agency_data_version_truncate" AFTER TRUNCATE ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
