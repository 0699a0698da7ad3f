import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: every request needs its municipality's unit tree (visibility, who answers). Instead of
 * reading all the units each time, the app keeps the tree in memory per municipality and reuses it
 * while `municipality.org_version` is unchanged. A trigger bumps the version on every write to a
 * unit (insert, update, delete, in any tool), so a tree is never reused after a change that has
 * committed, in any process. Hand-written: TypeORM does not generate triggers. Idempotent: an early copy ran
 * under another timestamp (1796100000000) on development databases.
 */
export class UnitTreeVersion1796020000000 implements MigrationInterface {
  name = 'UnitTreeVersion1796020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD COLUMN IF NOT EXISTS "org_version" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "idehub_bump_org_version"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN
           UPDATE "municipality" SET "org_version" = "org_version" + 1 WHERE "id" = OLD."municipality_id";
         END IF;
         IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."municipality_id" IS DISTINCT FROM OLD."municipality_id") THEN
           UPDATE "municipality" SET "org_version" = "org_version" + 1 WHERE "id" = NEW."municipality_id";
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_unit_org_version" ON "unit"`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_unit_org_version" AFTER INSERT OR UPDATE OR DELETE ON "unit"
         FOR EACH ROW EXECUTE FUNCTION "idehub_bump_org_version"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_unit_org_version" ON "unit"`);
    await queryRunner.query(`DROP FUNCTION "idehub_bump_org_version"()`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "org_version"`);
  }
}
