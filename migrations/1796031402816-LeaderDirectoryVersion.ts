import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: who answers for each unit (its active leaders) and the municipality's active admins, with their
 * names, are kept in memory per municipality like the unit tree (OrganisationService.leaderDirectoryFor), and
 * reused while `municipality.org_version` is unchanged. These triggers bump the version on every committed
 * write that changes them, from any tool: a membership added, changed or removed, and a person renamed,
 * deactivated, reactivated or anonymised. Statement-level with transition tables, so an import that writes
 * 100 000 memberships bumps each municipality once per statement, not once per row.
 */
export class LeaderDirectoryVersion1796031402816 implements MigrationInterface {
  name = 'LeaderDirectoryVersion1796031402816';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The municipality of a membership: its person's, or its unit's (a person deleted in the same statement).
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "idehub_bump_org_version_memberships"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'DELETE' THEN
           UPDATE "municipality" SET "org_version" = "org_version" + 1 WHERE "id" IN (
             SELECT p."municipality_id" FROM "changed_new" m JOIN "person" p ON p."id" = m."person_id"
             UNION SELECT u."municipality_id" FROM "changed_new" m JOIN "unit" u ON u."id" = m."unit_id");
         END IF;
         IF TG_OP <> 'INSERT' THEN
           UPDATE "municipality" SET "org_version" = "org_version" + 1 WHERE "id" IN (
             SELECT p."municipality_id" FROM "changed_old" m JOIN "person" p ON p."id" = m."person_id"
             UNION SELECT u."municipality_id" FROM "changed_old" m JOIN "unit" u ON u."id" = m."unit_id");
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "idehub_bump_org_version_people"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "municipality" SET "org_version" = "org_version" + 1 WHERE "id" IN (
           SELECT n."municipality_id" FROM "changed_new" n JOIN "changed_old" o ON o."id" = n."id"
            WHERE n."name" IS DISTINCT FROM o."name" OR n."deactivated_at" IS DISTINCT FROM o."deactivated_at"
               OR n."municipality_id" IS DISTINCT FROM o."municipality_id"
           UNION
           SELECT o."municipality_id" FROM "changed_new" n JOIN "changed_old" o ON o."id" = n."id"
            WHERE n."municipality_id" IS DISTINCT FROM o."municipality_id");
         RETURN NULL;
       END $$`,
    );
    for (const trigger of [
      'TRG_membership_org_version_insert',
      'TRG_membership_org_version_update',
      'TRG_membership_org_version_delete',
    ]) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${trigger}" ON "membership"`);
    }
    await queryRunner.query(`DROP TRIGGER IF EXISTS "TRG_person_org_version" ON "person"`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_membership_org_version_insert" AFTER INSERT ON "membership"
         REFERENCING NEW TABLE AS "changed_new" FOR EACH STATEMENT EXECUTE FUNCTION "idehub_bump_org_version_memberships"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TRG_membership_org_version_update" AFTER UPDATE ON "membership"
         REFERENCING NEW TABLE AS "changed_new" OLD TABLE AS "changed_old"
         FOR EACH STATEMENT EXECUTE FUNCTION "idehub_bump_org_version_memberships"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TRG_membership_org_version_delete" AFTER DELETE ON "membership"
         REFERENCING OLD TABLE AS "changed_old" FOR EACH STATEMENT EXECUTE FUNCTION "idehub_bump_org_version_memberships"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TRG_person_org_version" AFTER UPDATE ON "person"
         REFERENCING NEW TABLE AS "changed_new" OLD TABLE AS "changed_old"
         FOR EACH STATEMENT EXECUTE FUNCTION "idehub_bump_org_version_people"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_person_org_version" ON "person"`);
    await queryRunner.query(`DROP TRIGGER "TRG_membership_org_version_delete" ON "membership"`);
    await queryRunner.query(`DROP TRIGGER "TRG_membership_org_version_update" ON "membership"`);
    await queryRunner.query(`DROP TRIGGER "TRG_membership_org_version_insert" ON "membership"`);
    await queryRunner.query(`DROP FUNCTION "idehub_bump_org_version_people"()`);
    await queryRunner.query(`DROP FUNCTION "idehub_bump_org_version_memberships"()`);
  }
}
