import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobWorkerHeartbeat1795999337971 implements MigrationInterface {
  name = 'JobWorkerHeartbeat1795999337971';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"job_worker\" (\"worker_id\" text NOT NULL, \"process\" text NOT NULL, \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_57944c7edb36465570a3c44439d\" PRIMARY KEY (\"worker_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8975bbcf708ae54dae08a08349\" ON \"job_worker\"  (\"last_seen_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8975bbcf708ae54dae08a08349\"");
    await queryRunner.query("DROP TABLE \"job_worker\"");
  }
}
