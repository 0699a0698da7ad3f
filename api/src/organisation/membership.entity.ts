import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { UnitEntity } from './unit.entity';
import { Role } from './role.enum';
import { MembershipSource } from './membership-source.enum';

/** A person's role in a unit. Admins hold their role for the whole municipality (unit null). */
@Entity('membership')
@Index(['personId', 'unitId', 'role'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, (p) => p.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Index()
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  /** Where the membership came from: sign-in group claims and imports may only remove their own. */
  @Column({ type: 'enum', enum: MembershipSource, enumName: 'membership_source', default: MembershipSource.MANUAL })
  source: MembershipSource;
}
