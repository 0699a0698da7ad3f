import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';
import { PersonRefDto } from '../../organisation/dtos/organisation.dto';
import { SuggestionStatus } from '../suggestion-status.enum';
import { ResponseKind } from '../response.entity';
import { SuggestionEntity } from '../suggestion.entity';

registerEnumType(ResponseKind, { name: 'ResponseKind' });

@ObjectType('Response', { description: 'A written answer on a suggestion. Append-only.' })
export class ResponseDto {
  @Field(() => ID)
  id: string;

  @Field()
  message: string;

  @Field(() => ResponseKind)
  kind: ResponseKind;

  @Field(() => SuggestionStatus, { description: 'The status after this response.' })
  status: SuggestionStatus;

  @Field(() => SuggestionStatus, { description: 'The status before this response.' })
  previousStatus: SuggestionStatus;

  @Field({ description: 'Whether this response changed the status.' })
  statusChanged: boolean;

  @Field({ description: 'Whether this response came after the deadline it answered.' })
  wasLate: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      '«Ikke nå»: the moment this response parked the suggestion until, or moved its date to (07:00 Oslo that day); null otherwise.',
  })
  reviewOn: Date | null;

  @Field(() => PersonRefDto)
  author: PersonRefDto;
}

@ObjectType('SuggestionRef')
export class SuggestionRefDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => SuggestionStatus)
  status: SuggestionStatus;
}

@ObjectType('AnswerRating', { description: '«Fikk du et svar du kan bruke?» — the submitter’s verdict.' })
export class AnswerRatingDto {
  @Field()
  useful: boolean;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  ratedAt: Date;
}

/**
 * The public shape of a suggestion. Fields not listed in toSuggestionDto never leave the server;
 * viewer-dependent fields (submitterName, canRespond, …) are resolved per reader.
 */
@ObjectType('Suggestion')
export class SuggestionDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => SuggestionStatus)
  status: SuggestionStatus;

  @Field()
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the next written answer is due; null when terminal.' })
  responseDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when the current deadline was escalated.' })
  escalatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current deadline was missed and the leaders told.' })
  deadlineMissedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '«Ikke nå»: while PARKED, when it comes back for review (07:00 Oslo time on the review date); null unless parked.',
  })
  reviewOn: Date | null;

  @Field()
  confidential: boolean;

  @Field()
  hideName: boolean;

  @Field(() => Int, { description: 'Changes on every update; send it back as expectedVersion to detect conflicts.' })
  version: number;

  // Internal, resolved into the fields above/below by the resolver.
  unitId: string;
  submitterId: string;
  ownerId: string | null;
  mergedIntoId: string | null;
  municipalityId: string;
  focusAreaId: string | null;
  adoptedStoryId: string | null;
  registeredById: string | null;
}

export function toSuggestionDto(s: SuggestionEntity): SuggestionDto {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    status: s.status,
    submittedAt: s.submittedAt,
    responseDueAt: s.responseDueAt,
    escalatedAt: s.escalatedAt,
    deadlineMissedAt: s.deadlineMissedAt,
    closedAt: s.closedAt,
    // Only a parked suggestion has a review date; the column is cleared on leaving PARKED, this is the backstop.
    reviewOn: s.status === SuggestionStatus.PARKED ? s.reviewOn : null,
    confidential: s.confidential,
    hideName: s.hideName,
    version: s.version,
    unitId: s.unitId,
    submitterId: s.submitterId,
    ownerId: s.ownerId,
    mergedIntoId: s.mergedIntoId,
    municipalityId: s.municipalityId,
    focusAreaId: s.focusAreaId,
    adoptedStoryId: s.adoptedStoryId,
    registeredById: s.registeredById,
  };
}

export const SuggestionConnection = ConnectionType(SuggestionDto, 'Suggestion');
