import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../organisation/role.enum';
import { UnitEntity } from '../organisation/unit.entity';

/** A group claim from the identity provider that gives a role in a unit at sign-in. */
@Entity('sso_group_mapping')
@Index(['municipalityId', 'group', 'unitId', 'role'], { unique: true })
export class SsoGroupMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** The group as the provider sends it in the `groups` claim (an Entra object id or a name). */
  @Column({ type: 'text' })
  group: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;
}
