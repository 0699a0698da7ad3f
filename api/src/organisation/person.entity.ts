import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';
import { MembershipEntity } from './membership.entity';

@Entity('person')
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

  /** Stored lower-cased; the sign-in name. */
  @Column({ type: 'text', unique: true })
  email: string;

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
