import { MigrationInterface, QueryRunner } from 'typeorm';

export class PutMunicipalityIntoService1795996279976 implements MigrationInterface {
  name = 'PutMunicipalityIntoService1795996279976';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_388edb8bab84c58f9a12662dd1\"");
    await queryRunner.query("CREATE TABLE \"person_identity\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"issuer\" text NOT NULL, \"subject\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_78b5b7ca59b4d17dec4704bca3c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_2c3b5bdd50c3a5b506d30e57fb\" ON \"person_identity\"  (\"person_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1e7e643cbb3a071ce5402fb225\" ON \"person_identity\"  (\"issuer\", \"subject\") ");
    await queryRunner.query("CREATE TABLE \"sso_settings\" (\"municipality_id\" uuid NOT NULL, \"issuer\" text NOT NULL, \"client_id\" text NOT NULL, \"client_secret_encrypted\" text, \"email_domains\" text array NOT NULL DEFAULT '{}', \"local_login_enabled\" boolean NOT NULL DEFAULT true, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_86b7eb8f30158e3011eae3511c6\" PRIMARY KEY (\"municipality_id\"))");
    await queryRunner.query("CREATE TABLE \"sso_group_mapping\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_id\" uuid NOT NULL, \"group\" text NOT NULL, \"unit_id\" uuid NOT NULL, \"role\" \"public\".\"role\" NOT NULL, CONSTRAINT \"PK_020c53def263b8406a2472e3ac7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f3a88bdee973ae7a97e5257713\" ON \"sso_group_mapping\"  (\"municipality_id\", \"group\", \"unit_id\", \"role\") ");
    await queryRunner.query("ALTER TABLE \"unit\" ADD \"closed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_source\" AS ENUM('MANUAL', 'SSO', 'IMPORT')");
    await queryRunner.query("ALTER TABLE \"membership\" ADD \"source\" \"public\".\"membership_source\" NOT NULL DEFAULT 'MANUAL'");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"employee_id\" text");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"deactivated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"anonymised_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"person\" ALTER COLUMN \"email\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_6489a605d7c84cb3fe1759d724\" ON \"unit\"  (\"municipality_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_unit_open_sibling_name\" ON \"unit\"  (\"municipality_id\", \"parent_id\", \"name\") WHERE \"closed_at\" IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_person_employee_id\" ON \"person\"  (\"municipality_id\", \"employee_id\") WHERE \"employee_id\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"person_identity\" ADD CONSTRAINT \"FK_2c3b5bdd50c3a5b506d30e57fbe\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sso_settings\" ADD CONSTRAINT \"FK_86b7eb8f30158e3011eae3511c6\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipality\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sso_group_mapping\" ADD CONSTRAINT \"FK_73fb11fd893aae19ac36cf56032\" FOREIGN KEY (\"unit_id\") REFERENCES \"unit\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sso_group_mapping\" DROP CONSTRAINT \"FK_73fb11fd893aae19ac36cf56032\"");
    await queryRunner.query("ALTER TABLE \"sso_settings\" DROP CONSTRAINT \"FK_86b7eb8f30158e3011eae3511c6\"");
    await queryRunner.query("ALTER TABLE \"person_identity\" DROP CONSTRAINT \"FK_2c3b5bdd50c3a5b506d30e57fbe\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_person_employee_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_unit_open_sibling_name\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6489a605d7c84cb3fe1759d724\"");
    await queryRunner.query("ALTER TABLE \"person\" ALTER COLUMN \"email\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"anonymised_at\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"deactivated_at\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"employee_id\"");
    await queryRunner.query("ALTER TABLE \"membership\" DROP COLUMN \"source\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_source\"");
    await queryRunner.query("ALTER TABLE \"unit\" DROP COLUMN \"closed_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f3a88bdee973ae7a97e5257713\"");
    await queryRunner.query("DROP TABLE \"sso_group_mapping\"");
    await queryRunner.query("DROP TABLE \"sso_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1e7e643cbb3a071ce5402fb225\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2c3b5bdd50c3a5b506d30e57fb\"");
    await queryRunner.query("DROP TABLE \"person_identity\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_388edb8bab84c58f9a12662dd1\" ON \"unit\" USING btree (\"municipality_id\", \"name\") ");
  }
}
