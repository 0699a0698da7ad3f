import { MigrationInterface, QueryRunner } from 'typeorm';

export class MoreOfTheGuarantee1796007583573 implements MigrationInterface {
  name = 'MoreOfTheGuarantee1796007583573';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"periodic_run\" (\"job\" text NOT NULL, \"period\" text NOT NULL, \"ran_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"summary\" jsonb, CONSTRAINT \"PK_0f48e27bbac4da08582d0f051dc\" PRIMARY KEY (\"job\", \"period\"))");
    await queryRunner.query("ALTER TABLE \"municipality\" ADD \"reminder_days_before\" integer NOT NULL DEFAULT '3'");
    await queryRunner.query("CREATE TYPE \"public\".\"deadline_days\" AS ENUM('CALENDAR', 'WORKING')");
    await queryRunner.query("ALTER TABLE \"municipality\" ADD \"deadline_days\" \"public\".\"deadline_days\" NOT NULL DEFAULT 'CALENDAR'");
    await queryRunner.query("ALTER TABLE \"suggestion\" ADD \"review_on\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"suggestion\" ADD \"reminded_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TYPE \"public\".\"suggestion_status\" ADD VALUE 'PARKED' AFTER 'IN_PROGRESS'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'DEADLINE_APPROACHING'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'REVIEW_DUE'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'UNIT_DIGEST'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'LEADER_WEEKLY'");
    await queryRunner.query("CREATE INDEX \"IDX_suggestion_review_on\" ON \"suggestion\"  (\"review_on\") WHERE \"review_on\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_suggestion_due_unreminded\" ON \"suggestion\"  (\"response_due_at\") WHERE \"response_due_at\" IS NOT NULL AND \"reminded_at\" IS NULL AND \"deadline_missed_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"municipality\" ADD CONSTRAINT \"CHK_municipality_reminder_days_before\" CHECK (\"reminder_days_before\" BETWEEN 0 AND 365)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"municipality\" DROP CONSTRAINT \"CHK_municipality_reminder_days_before\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_suggestion_due_unreminded\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_suggestion_review_on\"");
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" IN ('DEADLINE_APPROACHING', 'REVIEW_DUE', 'UNIT_DIGEST', 'LEADER_WEEKLY')`);
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('RESPONSE_RECEIVED', 'DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE', 'SUGGESTION_SUBMITTED', 'ASSIGNED', 'MERGED', 'RATE_ANSWER', 'STORY_PUBLISHED', 'COMMENT_ADDED', 'STORY_ADOPTED', 'SUGGESTION_MOVED')");
    await queryRunner.query("ALTER TABLE \"notification\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
    // Parked suggestions go back to UNDER_REVIEW (their answers stay) before the value is removed.
    await queryRunner.query(`UPDATE "suggestion" SET "status" = 'UNDER_REVIEW' WHERE "status" = 'PARKED'`);
    await queryRunner.query(`UPDATE "response" SET "to_status" = 'UNDER_REVIEW' WHERE "to_status" = 'PARKED'`);
    await queryRunner.query(`UPDATE "response" SET "from_status" = 'UNDER_REVIEW' WHERE "from_status" = 'PARKED'`);
    await queryRunner.query("CREATE TYPE \"public\".\"suggestion_status_old\" AS ENUM('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED', 'WITHDRAWN')");
    await queryRunner.query('ALTER TABLE "suggestion" ALTER COLUMN "status" DROP DEFAULT');
    for (const [table, column] of [['suggestion', 'status'], ['response', 'to_status'], ['response', 'from_status']]) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."suggestion_status_old" USING "${column}"::"text"::"public"."suggestion_status_old"`,
      );
    }
    await queryRunner.query("DROP TYPE \"public\".\"suggestion_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"suggestion_status_old\" RENAME TO \"suggestion_status\"");
    await queryRunner.query(`ALTER TABLE "suggestion" ALTER COLUMN "status" SET DEFAULT 'SUBMITTED'`);
    await queryRunner.query("ALTER TABLE \"suggestion\" DROP COLUMN \"reminded_at\"");
    await queryRunner.query("ALTER TABLE \"suggestion\" DROP COLUMN \"review_on\"");
    await queryRunner.query("ALTER TABLE \"municipality\" DROP COLUMN \"deadline_days\"");
    await queryRunner.query("DROP TYPE \"public\".\"deadline_days\"");
    await queryRunner.query("ALTER TABLE \"municipality\" DROP COLUMN \"reminder_days_before\"");
    await queryRunner.query("DROP TABLE \"periodic_run\"");
  }
}
