import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, the inbox at 200 000 suggestions: its counts, filters and page order read only these columns
 * of the open suggestions of the viewer's units, so a partial covering index answers them without the
 * table (the counts went from a parallel scan of every suggestion, 77 ms, to an index-only scan, 5 ms).
 * Hand-written: TypeORM does not generate INCLUDE. The statuses are the inbox's open ones.
 */
export class InboxCoveringIndex1796024000000 implements MigrationInterface {
  name = 'InboxCoveringIndex1796024000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_suggestion_inbox" ON "suggestion" ("municipality_id", "unit_id")
         INCLUDE ("id", "response_due_at", "submitted_at", "first_response_at", "confidential", "submitter_id", "owner_id")
         WHERE "status" IN ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_suggestion_inbox"`);
  }
}
