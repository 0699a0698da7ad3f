import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver } from '@nestjs/apollo';
import cookieParser from 'cookie-parser';
import type { Logger } from 'pino';
import { AppConfig } from './config/app-config';
import { Clock, SystemClock } from './common/clock';
import { startEmbeddedPostgres, EmbeddedPostgres } from './database/embedded-postgres';
import { migrateDatabase } from './database/migrate';
import { createLogger, PinoNestLogger } from './logging/logger';
import { accessLog } from './logging/access-log';
import { applySecurityHeaders } from './common/security-headers';
import { requireSameSiteForCookieGets } from './common/same-site';
import { serveWebApp } from './web/serve-web';
import type { OperationRunner } from './web/first-answers';
import { compressAnswers } from './web/compression';
import { AppModule } from './app.module';
import { seedDemoData } from './demo/seed';

export interface RunningIdehub {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  embedded: boolean;
  logger: Logger;
  /** The embedded database (in memory) as a tar archive; undefined on PostgreSQL. */
  dumpEmbedded?: () => Promise<Blob>;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  /** In-memory embedded mode only: start from this dump (e.g. one already migrated and seeded). */
  embeddedSnapshot?: Blob;
  /** Listen on config.port (0 = any free port). False: initialise without listening. */
  listen?: boolean;
}

/** Starts the database (embedded unless DATABASE_URL), migrates, seeds demo data if asked, and serves. */
export async function startIdehub(config: AppConfig, options: StartOptions = {}): Promise<RunningIdehub> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? new SystemClock();
  let embeddedDb: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embeddedDb = await startEmbeddedPostgres({
      dataDir: config.inMemoryDatabase ? undefined : config.dataDir,
      loadDataDir: config.inMemoryDatabase ? options.embeddedSnapshot : undefined,
    });
    databaseUrl = embeddedDb.url;
    logger.info(
      { dataDir: config.inMemoryDatabase ? '(memory)' : config.dataDir },
      'embedded PostgreSQL (PGlite) started',
    );
  }
  const embedded = !!embeddedDb;
  try {
    await migrateDatabase(databaseUrl, embedded, logger);
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl, embedded, clock, logger }),
      { logger: new PinoNestLogger(logger), bodyParser: true },
    );
    const express = app.getHttpAdapter().getInstance();
    express.disable('x-powered-by');
    // Behind a reverse proxy, TRUST_PROXY makes req.ip, req.secure and req.protocol those of the client.
    if (config.trustProxy !== false) express.set('trust proxy', config.trustProxy);
    app.use(accessLog(logger, (url) => url === '/health'));
    applySecurityHeaders(app, config);
    app.use(cookieParser());
    app.use('/api', requireSameSiteForCookieGets);
    app.use(compressAnswers());
    // The GraphQL server exists once the app is initialised; the first answers ask for it per page.
    const apollo = () =>
      app.get(GraphQLModule<ApolloDriver>, { strict: false }).graphQlAdapter?.instance as unknown as OperationRunner;
    if (!serveWebApp(app.getHttpAdapter().getInstance(), config.webDistDir, apollo)) {
      logger.warn({ dir: config.webDistDir }, 'web app not built; serving the API only (run npm run build)');
    }
    await app.init();
    if (config.demoData) await seedDemoData(app, logger);
    if (!config.production) {
      logger.warn(
        'development mode: GraphiQL, introspection and field hints are on and cookies are Secure only over HTTPS; set NODE_ENV=production for a real service',
      );
    }
    let url = '';
    if (options.listen !== false) {
      await app.listen(config.port, '0.0.0.0');
      const address = app.getHttpServer().address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : config.port}`;
      logger.info({ url }, 'Idéhub is ready');
    }
    return {
      app,
      url,
      databaseUrl,
      embedded,
      logger,
      dumpEmbedded: embeddedDb?.dump,
      async stop() {
        await app.close();
        await embeddedDb?.stop();
      },
    };
  } catch (error) {
    await embeddedDb?.stop();
    throw error;
  }
}
