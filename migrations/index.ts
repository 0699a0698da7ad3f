import { Init1795669480784 } from './1795669480784-Init';
import { CoCreationAndFocusAreas1795669893434 } from './1795669893434-CoCreationAndFocusAreas';
import { SuccessStories1795669996061 } from './1795669996061-SuccessStories';
import { PutMunicipalityIntoService1795996279976 } from './1795996279976-PutMunicipalityIntoService';
import { OidcLoginAttempt1795996627749 } from './1795996627749-OidcLoginAttempt';
import { StoryAdoptedOnePerUnit1795996740316 } from './1795996740316-StoryAdoptedOnePerUnit';
import { MaskHiddenWithdrawals1795996800000 } from './1795996800000-MaskHiddenWithdrawals';
import { AuthThrottleByAddress1795998002586 } from './1795998002586-AuthThrottleByAddress';
import { SweepPartialIndexes1795998242467 } from './1795998242467-SweepPartialIndexes';
import { JobWorkerHeartbeat1795999337971 } from './1795999337971-JobWorkerHeartbeat';
import { OrgAdminAndDataRights1796000000000 } from './1796000000000-OrgAdminAndDataRights';
import { EmailSendAttempt1796001392574 } from './1796001392574-EmailSendAttempt';
import { PasswordLinks1796001579351 } from './1796001579351-PasswordLinks';
import { MoreOfTheGuarantee1796007583573 } from './1796007583573-MoreOfTheGuarantee';
import { LeanReadsAtScale1796008744663 } from './1796008744663-LeanReadsAtScale';
import { UnitTreeVersion1796020000000 } from './1796020000000-UnitTreeVersion';
import { InboxAssignedIndex1796023630973 } from './1796023630973-InboxAssignedIndex';
import { InboxCoveringIndex1796024000000 } from './1796024000000-InboxCoveringIndex';
import { InboxOrderIndex1796060000000 } from './1796060000000-InboxOrderIndex';
import { ResponseReviewOn1796070000000 } from './1796070000000-ResponseReviewOn';
import { LeaderDirectoryVersion1796031402816 } from './1796031402816-LeaderDirectoryVersion';

/** Every migration, in order. Listed explicitly (not globbed) so the build, Vitest and the CLI agree. */
export const MIGRATIONS: Function[] = [
  Init1795669480784,
  CoCreationAndFocusAreas1795669893434,
  SuccessStories1795669996061,
  PutMunicipalityIntoService1795996279976,
  OidcLoginAttempt1795996627749,
  StoryAdoptedOnePerUnit1795996740316,
  MaskHiddenWithdrawals1795996800000,
  AuthThrottleByAddress1795998002586,
  SweepPartialIndexes1795998242467,
  JobWorkerHeartbeat1795999337971,
  OrgAdminAndDataRights1796000000000,
  EmailSendAttempt1796001392574,
  PasswordLinks1796001579351,
  MoreOfTheGuarantee1796007583573,
  LeanReadsAtScale1796008744663,
  UnitTreeVersion1796020000000,
  InboxAssignedIndex1796023630973,
  InboxCoveringIndex1796024000000,
  LeaderDirectoryVersion1796031402816,
  InboxOrderIndex1796060000000,
  ResponseReviewOn1796070000000,
];
