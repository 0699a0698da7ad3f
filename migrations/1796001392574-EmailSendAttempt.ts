import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailSendAttempt1796001392574 implements MigrationInterface {
  name = 'EmailSendAttempt1796001392574';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"email_send_attempt\" (\"notification_id\" uuid NOT NULL, \"attempts\" integer NOT NULL, \"last_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_710bbbff942b5a0ed2c165352d8\" PRIMARY KEY (\"notification_id\"))");
    await queryRunner.query("ALTER TABLE \"email_send_attempt\" ADD CONSTRAINT \"FK_710bbbff942b5a0ed2c165352d8\" FOREIGN KEY (\"notification_id\") REFERENCES \"notification\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"email_send_attempt\" DROP CONSTRAINT \"FK_710bbbff942b5a0ed2c165352d8\"");
    await queryRunner.query("DROP TABLE \"email_send_attempt\"");
  }
}
