import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';
import { MembershipEntity } from './membership.entity';

@Entity('person')
/** Trigram indexes for the admin's people search (substring in name or e-mail); created in a migration. */
@Index('IDX_person_name_trgm', { synchronize: false })
@Index('IDX_person_email_trgm', { synchronize: false })
@Index('IDX_person_directory_order', { synchronize: false })
@Index('IDX_person_employee_id', ['municipalityId', 'employeeId'], { unique: true, where: '"employee_id" IS NOT NULL' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  name: string;

  /** Stored lower-cased; the sign-in name. Null only once the person has been anonymised. */
  @Column({ type: 'text', unique: true, nullable: true })
  email: string | null;

  /** The HR system's employee id (ansattnummer), used to match people on import. */
  @Column({ name: 'employee_id', type: 'text', nullable: true })
  employeeId: string | null;

  /** Set when the person has left or been switched off: no sign-in by any path, no new work. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Set when the person's name and e-mail were removed (GDPR art. 17); the records they made stay. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  /** scrypt hash for local sign-in; null for people who only sign in through another provider. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  /** Language for e-mails and the default of the web app: "nb" or "en". */
  @Column({ type: 'text', default: 'nb' })
  locale: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => MembershipEntity, (m) => m.person)
  memberships?: MembershipEntity[];
}
