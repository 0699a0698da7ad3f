import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoCreationAndFocusAreas1795669893434 implements MigrationInterface {
  name = 'CoCreationAndFocusAreas1795669893434';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"focus_area\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_id\" uuid NOT NULL, \"unit_id\" uuid, \"title\" text NOT NULL, \"question\" text NOT NULL, \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"CHK_focus_area_period\" CHECK (\"closes_at\" > \"opens_at\"), CONSTRAINT \"PK_483e49c3f933de099ce8ea4621e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4949175d2788d884a12a95f310\" ON \"focus_area\"  (\"unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_da3f8c2f90eee5f5f96facf813\" ON \"focus_area\"  (\"municipality_id\", \"closes_at\") ");
    await queryRunner.query("CREATE TABLE \"suggestion_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"suggestion_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_651d545a9c53ed115615bd2dd7d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_28c5db0adc529a84e4ddc39933\" ON \"suggestion_comment\"  (\"author_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_31e7383194de440162ee1272d5\" ON \"suggestion_comment\"  (\"suggestion_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"co_creator\" (\"suggestion_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_679b286b56ab8d87b5ea7371baa\" PRIMARY KEY (\"suggestion_id\", \"person_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_556a3321496856b1d9cd1245b1\" ON \"co_creator\"  (\"person_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bdfee4c157512aaca0078eb685\" ON \"suggestion\"  (\"focus_area_id\") ");
    await queryRunner.query("ALTER TABLE \"focus_area\" ADD CONSTRAINT \"FK_6be814ab7f539ced687abb49a5d\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipality\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"focus_area\" ADD CONSTRAINT \"FK_4949175d2788d884a12a95f310b\" FOREIGN KEY (\"unit_id\") REFERENCES \"unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"focus_area\" ADD CONSTRAINT \"FK_b14fc284cf6aa6b3f73e5ba3c1c\" FOREIGN KEY (\"created_by_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"suggestion\" ADD CONSTRAINT \"FK_bdfee4c157512aaca0078eb6852\" FOREIGN KEY (\"focus_area_id\") REFERENCES \"focus_area\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"suggestion_comment\" ADD CONSTRAINT \"FK_efc92582f690e1cf8709e96f5fa\" FOREIGN KEY (\"suggestion_id\") REFERENCES \"suggestion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"suggestion_comment\" ADD CONSTRAINT \"FK_28c5db0adc529a84e4ddc399338\" FOREIGN KEY (\"author_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"co_creator\" ADD CONSTRAINT \"FK_b3b3f01e3a1a2c984478e877b25\" FOREIGN KEY (\"suggestion_id\") REFERENCES \"suggestion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"co_creator\" ADD CONSTRAINT \"FK_556a3321496856b1d9cd1245b1a\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"co_creator\" DROP CONSTRAINT \"FK_556a3321496856b1d9cd1245b1a\"");
    await queryRunner.query("ALTER TABLE \"co_creator\" DROP CONSTRAINT \"FK_b3b3f01e3a1a2c984478e877b25\"");
    await queryRunner.query("ALTER TABLE \"suggestion_comment\" DROP CONSTRAINT \"FK_28c5db0adc529a84e4ddc399338\"");
    await queryRunner.query("ALTER TABLE \"suggestion_comment\" DROP CONSTRAINT \"FK_efc92582f690e1cf8709e96f5fa\"");
    await queryRunner.query("ALTER TABLE \"suggestion\" DROP CONSTRAINT \"FK_bdfee4c157512aaca0078eb6852\"");
    await queryRunner.query("ALTER TABLE \"focus_area\" DROP CONSTRAINT \"FK_b14fc284cf6aa6b3f73e5ba3c1c\"");
    await queryRunner.query("ALTER TABLE \"focus_area\" DROP CONSTRAINT \"FK_4949175d2788d884a12a95f310b\"");
    await queryRunner.query("ALTER TABLE \"focus_area\" DROP CONSTRAINT \"FK_6be814ab7f539ced687abb49a5d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bdfee4c157512aaca0078eb685\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_556a3321496856b1d9cd1245b1\"");
    await queryRunner.query("DROP TABLE \"co_creator\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31e7383194de440162ee1272d5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_28c5db0adc529a84e4ddc39933\"");
    await queryRunner.query("DROP TABLE \"suggestion_comment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_da3f8c2f90eee5f5f96facf813\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4949175d2788d884a12a95f310\"");
    await queryRunner.query("DROP TABLE \"focus_area\"");
  }
}
