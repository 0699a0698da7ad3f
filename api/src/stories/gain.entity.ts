import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SuccessStoryEntity } from './success-story.entity';
import { GainCategory } from './gain-category.enum';

/** numeric comes back from pg as a string; gains are small enough for a JS number. */
const numericTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A documented gain of a story: a category, a description, and optionally a number with its unit. */
@Entity('gain')
@Index(['storyId', 'position'], { unique: true })
@Check('CHK_gain_value_unit', `("value" IS NULL) = ("unit" IS NULL)`)
@Check('CHK_gain_value_not_negative', `"value" IS NULL OR "value" >= 0`)
export class GainEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @ManyToOne(() => SuccessStoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: SuccessStoryEntity;

  /** Order as the author wrote them. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: GainCategory, enumName: 'gain_category' })
  category: GainCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  /** e.g. «timer per uke», «kr per år», «antall». */
  @Column({ type: 'text', nullable: true })
  unit: string | null;
}
