import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';

/**
 * A one-time link to choose a password (an admin's invitation or a «Glemt passord?» request).
 * The token itself is made by the e-mail job just before sending and never stored: only its
 * SHA-256 is. The link dies at expires_at, when used, when a newer link is made for the person,
 * and when the person is deactivated (invalidated_at).
 */
@Entity('password_link')
@Index('IDX_password_link_person_open', ['personId'], { where: '"used_at" IS NULL AND "invalidated_at" IS NULL' })
export class PasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** INVITE (sent by an admin) or RESET (asked for on the sign-in page). */
  @Column({ type: 'text' })
  purpose: 'INVITE' | 'RESET';

  /** The admin who sent it; null for a reset the person asked for. */
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** SHA-256 (hex) of the token in the e-mail; null until the e-mail job has made the token. */
  @Index({ unique: true, where: '"token_hash" IS NOT NULL' })
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When the e-mail went out (the job checks it, so a retried job never sends a second one). */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'invalidated_at', type: 'timestamptz', nullable: true })
  invalidatedAt: Date | null;
}
