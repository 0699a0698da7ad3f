import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../organisation/person.entity';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { NotificationKind } from './notification-kind.enum';

/**
 * An in-app notification, and the outbox row its e-mail is sent from.
 * (person, event_key) is unique: one event notifies a person once, however many processes try.
 */
@Entity('notification')
@Index(['personId', 'eventKey'], { unique: true })
@Index(['personId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Index()
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @ManyToOne(() => SuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: SuggestionEntity | null;

  /** Identifies the event, e.g. "response:<id>" or "deadline-missed:<suggestion>:<due>". */
  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  /** What the message needs to be rendered (titles, names, statuses) at the time of the event. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
