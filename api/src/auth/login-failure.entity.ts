import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in attempt that has not (yet) succeeded, kept to stop repeated guessing (shared by
 * all API processes). Recorded before the password is checked, so concurrent guesses count.
 */
@Entity('login_failure')
@Index(['email', 'failedAt'])
@Index(['address', 'failedAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  /** The client's address (req.ip, which honours TRUST_PROXY); null when unknown. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;
}
