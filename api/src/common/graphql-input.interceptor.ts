import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { checkInputText } from './input-text';
import { MutationRateLimiter } from './mutation-rate-limiter';
import { refusePatientIdentifiers } from './patient-identifier';
import { GraphQLRequestContext } from './viewer';

/**
 * The rules every GraphQL operation's arguments pass, after the session guard and before the resolver, in this order:
 * a mutation takes a token from its person's rate limit (MutationRateLimiter); every text argument is checked and
 * trimmed (checkInputText); a mutation's text may not hold a national identity number (refusePatientIdentifiers).
 * One interceptor for the three, so that each root field pays for one link in Nest's interceptor chain, not three
 * (`me` under load: +10 % requests per second). REST controllers are not GraphQL operations and pass untouched.
 */
@Injectable()
export class GraphQLInputInterceptor implements NestInterceptor {
  constructor(private readonly rateLimiter: MutationRateLimiter) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const isMutation = gql.getInfo()?.parentType?.name === 'Mutation';
      const personId = gql.getContext<GraphQLRequestContext>().req?.viewer?.personId;
      if (isMutation && personId) this.rateLimiter.take(personId);
      const args = gql.getArgs();
      checkInputText(args);
      if (isMutation) refusePatientIdentifiers(args);
    }
    return next.handle();
  }
}
