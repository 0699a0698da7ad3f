import { Init1795669480784 } from './1795669480784-Init';
import { CoCreationAndFocusAreas1795669893434 } from './1795669893434-CoCreationAndFocusAreas';
import { SuccessStories1795669996061 } from './1795669996061-SuccessStories';
import { PutMunicipalityIntoService1795996279976 } from './1795996279976-PutMunicipalityIntoService';
import { SweepPartialIndexes1795998242467 } from './1795998242467-SweepPartialIndexes';

/** Every migration, in order. Listed explicitly (not globbed) so the build, Vitest and the CLI agree. */
export const MIGRATIONS: Function[] = [
  Init1795669480784,
  CoCreationAndFocusAreas1795669893434,
  SuccessStories1795669996061,
  PutMunicipalityIntoService1795996279976,
  SweepPartialIndexes1795998242467,
];
