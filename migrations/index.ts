import { Init1795669480784 } from './1795669480784-Init';

/** Every migration, in order. Listed explicitly (not globbed) so the build, Vitest and the CLI agree. */
export const MIGRATIONS: Function[] = [Init1795669480784];
