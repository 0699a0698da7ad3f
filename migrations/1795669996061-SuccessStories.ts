import { MigrationInterface, QueryRunner } from 'typeorm';

export class SuccessStories1795669996061 implements MigrationInterface {
  name = 'SuccessStories1795669996061';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"story_status\" AS ENUM('DRAFT', 'PUBLISHED')");
    await queryRunner.query("CREATE TABLE \"success_story\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"municipality_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"contact_person_id\" uuid NOT NULL, \"title\" text NOT NULL, \"summary\" text NOT NULL, \"problem\" text, \"solution\" text, \"technology\" text array NOT NULL DEFAULT '{}', \"lessons\" text, \"training_tips\" text, \"status\" \"public\".\"story_status\" NOT NULL DEFAULT 'DRAFT', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"CHK_success_story_published_at\" CHECK ((\"status\" = 'PUBLISHED') = (\"published_at\" IS NOT NULL)), CONSTRAINT \"PK_fd20b33559b80abf04ee8eb3b6a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d212c0eb636a5586f92ab58ef5\" ON \"success_story\"  (\"author_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_51304abd1f3fd9b4ed6a76d2be\" ON \"success_story\"  (\"municipality_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f357fcad6376b13423044aa51c\" ON \"success_story\"  (\"status\", \"published_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"gain_category\" AS ENUM('PATIENT_SAFETY_QUALITY', 'RESOURCE_USE', 'USER_INDEPENDENCE', 'STAFF_MASTERY')");
    await queryRunner.query("CREATE TABLE \"gain\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"story_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"category\" \"public\".\"gain_category\" NOT NULL, \"description\" text NOT NULL, \"value\" numeric, \"unit\" text, CONSTRAINT \"CHK_gain_value_not_negative\" CHECK (\"value\" IS NULL OR \"value\" >= 0), CONSTRAINT \"CHK_gain_value_unit\" CHECK ((\"value\" IS NULL) = (\"unit\" IS NULL)), CONSTRAINT \"PK_ff1fdda40b9a2c65c4a429cb6de\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d085a4939d2bae1d02315cd32e\" ON \"gain\"  (\"story_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"story_suggestion\" (\"story_id\" uuid NOT NULL, \"suggestion_id\" uuid NOT NULL, CONSTRAINT \"PK_1135a7f227edcb8c2a617554f18\" PRIMARY KEY (\"story_id\", \"suggestion_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_80f17b44437ec5f0793f2c6636\" ON \"story_suggestion\"  (\"suggestion_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2dae34e9048f4340fc197e6de5\" ON \"suggestion\"  (\"adopted_story_id\") ");
    // Norwegian full-text search over the story (STORY_SEARCH_DOCUMENT in success-story.entity.ts, same expression).
    await queryRunner.query(
      `CREATE INDEX "IDX_success_story_search" ON "success_story" USING gin (to_tsvector('norwegian', "title" || ' ' || "summary" || ' ' || coalesce("problem", '') || ' ' || coalesce("solution", '') || ' ' || coalesce("lessons", '')))`,
    );
    await queryRunner.query("ALTER TABLE \"success_story\" ADD CONSTRAINT \"FK_4eefb3128d0b67730373bb20659\" FOREIGN KEY (\"municipality_id\") REFERENCES \"municipality\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"success_story\" ADD CONSTRAINT \"FK_d212c0eb636a5586f92ab58ef52\" FOREIGN KEY (\"author_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"success_story\" ADD CONSTRAINT \"FK_c7095cae3658f412555315cee35\" FOREIGN KEY (\"contact_person_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"suggestion\" ADD CONSTRAINT \"FK_2dae34e9048f4340fc197e6de50\" FOREIGN KEY (\"adopted_story_id\") REFERENCES \"success_story\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"gain\" ADD CONSTRAINT \"FK_4867b621b41fc3aad42e97b9c12\" FOREIGN KEY (\"story_id\") REFERENCES \"success_story\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"story_suggestion\" ADD CONSTRAINT \"FK_504a1c2cd06c2e08d2b8636f194\" FOREIGN KEY (\"story_id\") REFERENCES \"success_story\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"story_suggestion\" ADD CONSTRAINT \"FK_80f17b44437ec5f0793f2c66362\" FOREIGN KEY (\"suggestion_id\") REFERENCES \"suggestion\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"story_suggestion\" DROP CONSTRAINT \"FK_80f17b44437ec5f0793f2c66362\"");
    await queryRunner.query("ALTER TABLE \"story_suggestion\" DROP CONSTRAINT \"FK_504a1c2cd06c2e08d2b8636f194\"");
    await queryRunner.query("ALTER TABLE \"gain\" DROP CONSTRAINT \"FK_4867b621b41fc3aad42e97b9c12\"");
    await queryRunner.query("ALTER TABLE \"suggestion\" DROP CONSTRAINT \"FK_2dae34e9048f4340fc197e6de50\"");
    await queryRunner.query("ALTER TABLE \"success_story\" DROP CONSTRAINT \"FK_c7095cae3658f412555315cee35\"");
    await queryRunner.query("ALTER TABLE \"success_story\" DROP CONSTRAINT \"FK_d212c0eb636a5586f92ab58ef52\"");
    await queryRunner.query("ALTER TABLE \"success_story\" DROP CONSTRAINT \"FK_4eefb3128d0b67730373bb20659\"");
    await queryRunner.query(`DROP INDEX "IDX_success_story_search"`);
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2dae34e9048f4340fc197e6de5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_80f17b44437ec5f0793f2c6636\"");
    await queryRunner.query("DROP TABLE \"story_suggestion\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d085a4939d2bae1d02315cd32e\"");
    await queryRunner.query("DROP TABLE \"gain\"");
    await queryRunner.query("DROP TYPE \"public\".\"gain_category\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f357fcad6376b13423044aa51c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_51304abd1f3fd9b4ed6a76d2be\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d212c0eb636a5586f92ab58ef5\"");
    await queryRunner.query("DROP TABLE \"success_story\"");
    await queryRunner.query("DROP TYPE \"public\".\"story_status\"");
  }
}
