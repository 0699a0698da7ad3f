import { registerEnumType } from '@nestjs/graphql';

export enum StoryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(StoryStatus, { name: 'StoryStatus' });
