import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordLinks1796001579351 implements MigrationInterface {
  name = 'PasswordLinks1796001579351';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"password_link\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"requested_by\" uuid, \"token_hash\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"used_at\" TIMESTAMP WITH TIME ZONE, \"invalidated_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_3c8fd40434c805db4646e78a44f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_40fca97f13f8bf8cd883c0f625\" ON \"password_link\"  (\"token_hash\") WHERE \"token_hash\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_password_link_person_open\" ON \"password_link\"  (\"person_id\") WHERE \"used_at\" IS NULL AND \"invalidated_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"password_link\" ADD CONSTRAINT \"FK_9f789617a282dcdfb54abd6a57e\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"password_link\" DROP CONSTRAINT \"FK_9f789617a282dcdfb54abd6a57e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_password_link_person_open\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_40fca97f13f8bf8cd883c0f625\"");
    await queryRunner.query("DROP TABLE \"password_link\"");
  }
}
