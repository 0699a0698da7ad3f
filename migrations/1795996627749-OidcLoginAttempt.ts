import { MigrationInterface, QueryRunner } from 'typeorm';

export class OidcLoginAttempt1795996627749 implements MigrationInterface {
  name = 'OidcLoginAttempt1795996627749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"oidc_login_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"binding_hash\" text NOT NULL, \"municipality_id\" uuid NOT NULL, \"state\" text NOT NULL, \"nonce\" text NOT NULL, \"code_verifier\" text NOT NULL, \"return_to\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_b737774e50504b73d1de9e3072e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d270844fff5b4e876be5fdc1d1\" ON \"oidc_login_attempt\"  (\"binding_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dc2db1b85c2d49f662b37743dc\" ON \"oidc_login_attempt\"  (\"expires_at\") ");
    await queryRunner.query("ALTER TABLE \"oidc_login_attempt\" ADD CONSTRAINT \"FK_f7ea0b07ec1b821009625a081ee\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipality\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"oidc_login_attempt\" DROP CONSTRAINT \"FK_f7ea0b07ec1b821009625a081ee\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dc2db1b85c2d49f662b37743dc\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d270844fff5b4e876be5fdc1d1\"");
    await queryRunner.query("DROP TABLE \"oidc_login_attempt\"");
  }
}
