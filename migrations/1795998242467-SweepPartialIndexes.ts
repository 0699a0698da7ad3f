import { MigrationInterface, QueryRunner } from 'typeorm';

export class SweepPartialIndexes1795998242467 implements MigrationInterface {
  name = 'SweepPartialIndexes1795998242467';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_suggestion_due_unescalated\" ON \"suggestion\"  (\"response_due_at\") WHERE \"deadline_missed_at\" IS NOT NULL AND \"escalated_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_suggestion_due_unmissed\" ON \"suggestion\"  (\"response_due_at\") WHERE \"response_due_at\" IS NOT NULL AND \"deadline_missed_at\" IS NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_suggestion_due_unmissed\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_suggestion_due_unescalated\"");
  }
}
