import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonEntity } from '../organisation/person.entity';

/**
 * An innsatsområde: a time-boxed question leaders put to their units (a unit and the units
 * below it) or admins to the whole municipality (unit null). Suggestions may answer it while it is open.
 */
@Entity('focus_area')
@Index(['municipalityId', 'closesAt'])
@Check('CHK_focus_area_period', '"closes_at" > "opens_at"')
export class FocusAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  /** The unit it is put to (with the units below it); null for the whole municipality. */
  @Index()
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'text' })
  title: string;

  /** The question or challenge, in the leader's words. */
  @Column({ type: 'text' })
  question: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  /** Set when a leader closed it before closes_at. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: PersonEntity;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
