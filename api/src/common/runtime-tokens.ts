/**
 * Provider tokens for values the app is started with (see AppModule.forRoot). They live here,
 * not in app.module.ts, so that providers can import them without an import cycle.
 */
export const LOGGER = Symbol('LOGGER');
/** The AppRuntime: config, database URL, whether the database is the embedded PGlite, clock, logger. */
export const APP_RUNTIME = Symbol('APP_RUNTIME');
