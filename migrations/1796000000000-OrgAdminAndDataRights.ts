import { MigrationInterface, QueryRunner } from 'typeorm';

/** Units, people and roles at /admin; personal data rights. */
export class OrgAdminAndDataRights1796000000000 implements MigrationInterface {
  name = 'OrgAdminAndDataRights1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'SUGGESTION_MOVED'`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "IDX_person_name_trgm" ON "person" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_person_email_trgm" ON "person" USING gin ("email" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_directory_order" ON "person" ("municipality_id", lower("name"), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_person_directory_order"`);
    await queryRunner.query(`DROP INDEX "IDX_person_email_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_person_name_trgm"`);
    // PostgreSQL cannot drop an enum value; SUGGESTION_MOVED stays (unused) after a rollback.
  }
}
