import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Clock } from './common/clock';
import { formatError } from './common/format-error';
import { queryLimits } from './common/query-limits';
import { makeDateTimeStrict } from './common/date-time.scalar';
import { ExpectedErrorFilter } from './common/expected-error.filter';
import { validationPipe } from './common/validation';
import { GraphQLInputInterceptor } from './common/graphql-input.interceptor';
import { MutationRateLimiter } from './common/mutation-rate-limiter';
import { GraphQLRequestContext } from './common/viewer';
import { dataSourceOptions } from './database/data-source-options';
import { HealthController } from './health/health.controller';
import { AuthService } from './auth/auth.service';
import { AuthResolver } from './auth/auth.resolver';
import { LocalPasswordProvider } from './auth/local-password.provider';
import { SessionGuard } from './auth/session.guard';
import { OrganisationService } from './organisation/organisation.service';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { AccessService } from './access/access.service';
import { AuditService } from './audit/audit.service';
import { NotificationsService } from './notifications/notifications.service';
import { SuggestionsService } from './suggestions/suggestions.service';
import { SuggestionsResolver } from './suggestions/suggestions.resolver';
import { SuggestionLoadersFactory } from './suggestions/suggestion-loaders';
import { CoCreationService } from './co-creation/co-creation.service';
import { SimilarSuggestionsService } from './co-creation/similar-suggestions.service';
import { CoCreationResolver } from './co-creation/co-creation.resolver';
import { FocusAreasService } from './focus-areas/focus-areas.service';
import { FocusAreasResolver, SuggestionFocusAreaResolver } from './focus-areas/focus-areas.resolver';
import { NotificationInboxService } from './notifications/notification-inbox.service';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { MetricsService } from './metrics/metrics.service';
import { MetricsResolver } from './metrics/metrics.resolver';
import { AuditLogService } from './audit/audit-log.service';
import { AuditResolver } from './audit/audit.resolver';
import { DeadlineSweepService } from './deadlines/deadline-sweep.service';
import { DeadlineSweepScheduler } from './deadlines/deadline-sweep.scheduler';
import { LeaderWeeklyService } from './leader-weekly/leader-weekly.service';
import { StoriesService } from './stories/stories.service';
import { StoriesResolver } from './stories/stories.resolver';
import { SuggestionAdoptionResolver } from './stories/suggestion-adoption.resolver';
import { GainsService } from './stories/gains.service';
import { GainsResolver } from './stories/gains.resolver';
import { StoriesExportController } from './stories/stories-export.controller';
import { OrgAdminService } from './org-admin/org-admin.service';
import { OrgAdminResolver } from './org-admin/org-admin.resolver';
import { DataRightsService } from './data-rights/data-rights.service';
import { DataRightsResolver } from './data-rights/data-rights.resolver';
import { DataRightsController } from './data-rights/data-rights.controller';
import { OrgImportController } from './org-import/org-import.controller';
import { OrgImportService } from './org-import/org-import.service';
import { OidcClientService } from './sso/oidc-client.service';
import { SsoSettingsService } from './sso/sso-settings.service';
import { SsoSignInService } from './sso/sso-sign-in.service';
import { SsoResolver } from './sso/sso.resolver';
import { OidcController } from './sso/oidc.controller';
import { UnitDigestService } from './unit-digest/unit-digest.service';
import { UnitDigestResolver } from './unit-digest/unit-digest.resolver';
import { UnitDigestController } from './unit-digest/unit-digest.controller';
import { UnitDigestMailer } from './unit-digest/unit-digest-mailer.service';

import { APP_RUNTIME, LOGGER } from './common/runtime-tokens';
import { MailService } from './mail/mail.service';
import { JobQueueService } from './jobs/job-queue.service';
import { SendNotificationEmailTask } from './jobs/send-notification-email.task';
import { PasswordLinksResolver } from './password-links/password-links.resolver';
import { PasswordLinksService } from './password-links/password-links.service';
import { SendPasswordLinkEmailTask } from './password-links/send-password-link-email.task';

export { APP_RUNTIME, LOGGER };

export interface AppRuntime {
  config: AppConfig;
  databaseUrl: string;
  embedded: boolean;
  clock: Clock;
  logger: Logger;
}

/**
 * The whole application. Features are listed here as providers of one module: the app is small
 * enough that one dependency graph is clearer than a dozen modules re-exporting each other.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    const dev = !runtime.config.production;
    makeDateTimeStrict();
    const limits = queryLimits({
      production: runtime.config.production,
      timeBudgetMs: runtime.config.requestTimeBudgetMs,
    });
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(runtime.databaseUrl, runtime.embedded)),
        TerminusModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: dev,
          introspection: dev,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          // @apollo/server's CJS and ESM typings differ only in a private brand; the objects are the same.
          // Answers are per person and never cached, so Apollo's cache-control plugin (installed unless disabled) would
          // only work out a cache policy for every field of every answer, and throw it away.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            ...limits.plugins,
          ] as unknown as ApolloDriverConfig['plugins'],
          validationRules: limits.validationRules,
          transformSchema: limits.transformSchema,
          context: ({ req, res }: GraphQLRequestContext) => ({ req, res }),
          formatError: formatError(runtime.logger),
        }),
      ],
      controllers: [
        HealthController,
        StoriesExportController,
        DataRightsController,
        OrgImportController,
        OidcController,
        UnitDigestController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: runtime.config },
        { provide: Clock, useValue: runtime.clock },
        { provide: LOGGER, useValue: runtime.logger },
        { provide: APP_RUNTIME, useValue: runtime },
        { provide: APP_GUARD, useClass: SessionGuard },
        MutationRateLimiter,
        { provide: APP_INTERCEPTOR, useClass: GraphQLInputInterceptor },
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: ExpectedErrorFilter },
        AuthService,
        LocalPasswordProvider,
        AuthResolver,
        OrganisationService,
        OrganisationResolver,
        AccessService,
        AuditService,
        NotificationsService,
        MailService,
        SendNotificationEmailTask,
        SendPasswordLinkEmailTask,
        PasswordLinksService,
        PasswordLinksResolver,
        JobQueueService,
        SuggestionsService,
        SuggestionsResolver,
        SuggestionLoadersFactory,
        CoCreationService,
        SimilarSuggestionsService,
        CoCreationResolver,
        FocusAreasService,
        FocusAreasResolver,
        SuggestionFocusAreaResolver,
        NotificationInboxService,
        NotificationsResolver,
        MetricsService,
        MetricsResolver,
        AuditLogService,
        AuditResolver,
        DeadlineSweepService,
        DeadlineSweepScheduler,
        LeaderWeeklyService,
        StoriesService,
        StoriesResolver,
        SuggestionAdoptionResolver,
        GainsService,
        GainsResolver,
        OrgAdminService,
        OrgAdminResolver,
        DataRightsService,
        DataRightsResolver,
        OrgImportService,
        OidcClientService,
        SsoSettingsService,
        SsoSignInService,
        SsoResolver,
        UnitDigestService,
        UnitDigestResolver,
        UnitDigestMailer,
      ],
    };
  }
}
