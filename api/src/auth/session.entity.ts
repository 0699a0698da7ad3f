import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';

/** A signed-in session. Only the SHA-256 of the token is stored, so a database leak signs nobody in. */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** Which provider signed the person in ("local" now; "entra-id" later). */
  @Column({ type: 'text' })
  provider: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** The client's address at sign-in: an address the owner has used is not locked out by others' guesses. */
  @Column({ type: 'text', nullable: true })
  address: string | null;
}
