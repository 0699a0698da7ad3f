import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthThrottleByAddress1795998002586 implements MigrationInterface {
  name = 'AuthThrottleByAddress1795998002586';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session\" ADD \"address\" text");
    await queryRunner.query("ALTER TABLE \"login_failure\" ADD \"address\" text");
    await queryRunner.query("CREATE INDEX \"IDX_2223e981900a413ce4ce6386f9\" ON \"session\"  (\"expires_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5a874ea76121f97d937d06f040\" ON \"login_failure\"  (\"address\", \"failed_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5a874ea76121f97d937d06f040\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2223e981900a413ce4ce6386f9\"");
    await queryRunner.query("ALTER TABLE \"login_failure\" DROP COLUMN \"address\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"address\"");
  }
}
