import { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxAssignedIndex1796023630973 implements MigrationInterface {
  name = 'InboxAssignedIndex1796023630973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_suggestion_owner_due\" ON \"suggestion\"  (\"owner_id\", \"response_due_at\") WHERE \"owner_id\" IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_suggestion_owner_due\"");
  }
}
