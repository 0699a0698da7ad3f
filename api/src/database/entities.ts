import { PasswordLinkEntity } from '../password-links/password-link.entity';
import { OidcLoginAttemptEntity } from '../sso/oidc-login-attempt.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonEntity } from '../organisation/person.entity';
import { MembershipEntity } from '../organisation/membership.entity';
import { SessionEntity } from '../auth/session.entity';
import { LoginFailureEntity } from '../auth/login-failure.entity';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { ResponseEntity } from '../suggestions/response.entity';
import { FollowerEntity } from '../suggestions/follower.entity';
import { AnswerRatingEntity } from '../suggestions/answer-rating.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { EmailDeliveryEntity } from '../notifications/email-delivery.entity';
import { EmailSendAttemptEntity } from '../notifications/email-send-attempt.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { SupportEntity } from '../co-creation/support.entity';
import { SuccessStoryEntity } from '../stories/success-story.entity';
import { GainEntity } from '../stories/gain.entity';
import { StorySuggestionEntity } from '../stories/story-suggestion.entity';
import { CommentEntity } from '../co-creation/comment.entity';
import { CoCreatorEntity } from '../co-creation/co-creator.entity';
import { FocusAreaEntity } from '../focus-areas/focus-area.entity';
import { PersonIdentityEntity } from '../sso/person-identity.entity';
import { SsoSettingsEntity } from '../sso/sso-settings.entity';
import { SsoGroupMappingEntity } from '../sso/sso-group-mapping.entity';
import { JobWorkerEntity } from '../jobs/job-worker.entity';
import { PeriodicRunEntity } from '../scheduling/periodic-run.entity';

/** Every entity, listed explicitly so the build, Vitest and the CLI share one configuration. */
export const ENTITIES = [
  MunicipalityEntity,
  UnitEntity,
  PersonEntity,
  MembershipEntity,
  SessionEntity,
  LoginFailureEntity,
  SuggestionEntity,
  ResponseEntity,
  FollowerEntity,
  AnswerRatingEntity,
  NotificationEntity,
  EmailDeliveryEntity,
  EmailSendAttemptEntity,
  AuditEntryEntity,
  SupportEntity,
  SuccessStoryEntity,
  GainEntity,
  StorySuggestionEntity,
  CommentEntity,
  CoCreatorEntity,
  FocusAreaEntity,
  PersonIdentityEntity,
  SsoSettingsEntity,
  SsoGroupMappingEntity,
  OidcLoginAttemptEntity,
  JobWorkerEntity,
  PasswordLinkEntity,
  PeriodicRunEntity,
];
