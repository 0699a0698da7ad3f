import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoryAdoptedOnePerUnit1795996740316 implements MigrationInterface {
  name = 'StoryAdoptedOnePerUnit1795996740316';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'STORY_ADOPTED'");
    // One adoption of a story per unit; a withdrawn or merged adoption does not count (written by hand:
    // a partial index is declared with synchronize: false on the entity, like the search indexes).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_suggestion_adoption_per_unit" ON "suggestion" ("adopted_story_id", "unit_id") WHERE "adopted_story_id" IS NOT NULL AND "status" NOT IN ('WITHDRAWN', 'MERGED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_suggestion_adoption_per_unit"`);
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('RESPONSE_RECEIVED', 'DEADLINE_MISSED', 'ESCALATED', 'ESCALATION_NOTICE', 'SUGGESTION_SUBMITTED', 'ASSIGNED', 'MERGED', 'RATE_ANSWER', 'STORY_PUBLISHED', 'COMMENT_ADDED')");
    await queryRunner.query("ALTER TABLE \"notification\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
  }
}
