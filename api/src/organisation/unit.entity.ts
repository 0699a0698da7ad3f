import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

@Entity('unit')
/** Open sibling units have distinct names, so a unit path («Helse og omsorg / Hjemmetjenesten») names one unit. */
@Index('IDX_unit_open_sibling_name', ['municipalityId', 'parentId', 'name'], {
  unique: true,
  where: '"closed_at" IS NULL',
})
@Index(['municipalityId'])
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  /** The unit above this one (section → department); null at the top. */
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity | null;

  @Column({ type: 'text' })
  name: string;

  /** Set when the unit was closed; its open suggestions were moved first. Closed units stay for history. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
