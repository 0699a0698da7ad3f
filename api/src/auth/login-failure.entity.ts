import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in, kept to slow down repeated guessing (shared by all API processes). */
@Entity('login_failure')
@Index(['email', 'failedAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;
}
