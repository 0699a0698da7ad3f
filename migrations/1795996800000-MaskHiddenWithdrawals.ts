import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repairs notifications written before a hidden-name submitter's withdrawal was masked: the
 * stored payload is what the in-app list and the e-mail (also one still queued) are rendered from.
 * Readers who may not know the name (not the submitter, not a leader of the unit or above, not an
 * admin of the municipality) get «Ansatt i <unit>»; readers who did not owe the answer lose the
 * withdrawal's reason. Data only, so `down` has nothing to restore.
 */
const MAY_KNOW_NAME = `(n.person_id = s.submitter_id
  or exists (select 1 from membership vm join person vp on vp.id = vm.person_id
              where vm.person_id = n.person_id and vm.role = 'ADMIN' and vp.municipality_id = s.municipality_id)
  or exists (with recursive chain(id) as (select s.unit_id
               union select vu.parent_id from unit vu join chain on vu.id = chain.id where vu.parent_id is not null)
             select 1 from membership vm join chain on vm.unit_id = chain.id
              where vm.person_id = n.person_id and vm.role = 'LEADER'))`;

export class MaskHiddenWithdrawals1795996800000 implements MigrationInterface {
  name = 'MaskHiddenWithdrawals1795996800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `update notification n set payload = n.payload || jsonb_build_object('authorName', 'Ansatt i ' || u.name)
         from suggestion s join unit u on u.id = s.unit_id
        where n.suggestion_id = s.id and n.kind = 'RESPONSE_RECEIVED' and n.payload->>'responseKind' = 'WITHDRAWAL'
          and s.hide_name and not ${MAY_KNOW_NAME}`,
    );
    await queryRunner.query(
      `update notification n set payload = n.payload - 'message'
         from suggestion s
        where n.suggestion_id = s.id and n.kind = 'RESPONSE_RECEIVED' and n.payload->>'responseKind' = 'WITHDRAWAL'
          and n.payload ? 'message' and n.person_id is distinct from s.owner_id and not ${MAY_KNOW_NAME}`,
    );
  }

  public async down(): Promise<void> {
    // The names and reasons removed were never meant for these readers.
  }
}
