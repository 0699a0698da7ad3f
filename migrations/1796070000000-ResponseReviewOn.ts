import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Ikke nå»: an answer that parks a suggestion, or moves a parked suggestion's date, keeps the date it set, so the
 * history can say «parkert til 9. jan. 2027» and «ny dato: 8. feb. 2027». The answers parked before this keep no
 * date, except the latest parking answer of a suggestion still parked, which gets the suggestion's date.
 */
export class ResponseReviewOn1796070000000 implements MigrationInterface {
  name = 'ResponseReviewOn1796070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response" ADD "review_on" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "response" r SET "review_on" = s."review_on"
         FROM "suggestion" s
        WHERE s."id" = r."suggestion_id" AND s."status" = 'PARKED' AND s."review_on" IS NOT NULL
          AND r."to_status" = 'PARKED'
          AND r."id" = (SELECT l."id" FROM "response" l
                         WHERE l."suggestion_id" = s."id" AND l."to_status" = 'PARKED'
                         ORDER BY l."created_at" DESC, l."id" DESC LIMIT 1)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "review_on"`);
  }
}
