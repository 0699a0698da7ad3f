import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeadlineDays } from './deadline-days.enum';

@Entity('municipality')
@Check('CHK_municipality_reminder_days_before', `"reminder_days_before" BETWEEN 0 AND 365`)
@Check(
  'CHK_municipality_deadline_days',
  `"first_response_days" BETWEEN 0 AND 365 AND "update_interval_days" BETWEEN 0 AND 365 AND "escalation_grace_days" BETWEEN 0 AND 365`,
)
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable name used in demo e-mail addresses, e.g. "drammen". */
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'first_response_days', type: 'int', default: 14 })
  firstResponseDays: number;

  @Column({ name: 'update_interval_days', type: 'int', default: 30 })
  updateIntervalDays: number;

  @Column({ name: 'escalation_grace_days', type: 'int', default: 3 })
  escalationGraceDays: number;

  /** Days before a deadline that whoever owes the answer gets DEADLINE_APPROACHING; 0 = off. */
  @Column({ name: 'reminder_days_before', type: 'int', default: 3 })
  reminderDaysBefore: number;

  /** How the deadline days above are counted: calendar days, or working days in Oslo. */
  @Column({
    name: 'deadline_days',
    type: 'enum',
    enum: DeadlineDays,
    enumName: 'deadline_days',
    default: DeadlineDays.CALENDAR,
  })
  deadlineDays: DeadlineDays;

  /**
   * Bumped by a trigger (migration UnitTreeVersion) on every write to one of its units; the app reuses
   * its in-memory unit tree while this is unchanged. Never written by the app.
   */
  @Column({ name: 'org_version', type: 'bigint', default: '0', select: false, insert: false, update: false })
  orgVersion?: string;
}
