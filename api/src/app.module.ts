import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Clock } from './common/clock';
import { formatError } from './common/format-error';
import { validationPipe } from './common/validation';
import { PatientIdentifierInterceptor } from './common/patient-identifier.interceptor';
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

export const LOGGER = Symbol('LOGGER');

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
          context: ({ req, res }: GraphQLRequestContext) => ({ req, res }),
          formatError: formatError(runtime.logger),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: runtime.config },
        { provide: Clock, useValue: runtime.clock },
        { provide: LOGGER, useValue: runtime.logger },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_INTERCEPTOR, useClass: PatientIdentifierInterceptor },
        { provide: APP_PIPE, useValue: validationPipe },
        AuthService,
        LocalPasswordProvider,
        AuthResolver,
        OrganisationService,
        OrganisationResolver,
        AccessService,
        AuditService,
        NotificationsService,
        SuggestionsService,
        SuggestionsResolver,
      ],
    };
  }
}
