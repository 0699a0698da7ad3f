import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * Limits on the shape of a GraphQL operation, checked before anything runs.
 *
 * Tuned against the web app's own documents (tests/e2e/query-limits.e2e-spec.ts measures them
 * all and fails if one comes within half of a limit). Largest web documents when set: cost 263
 * (fragments counted once), depth 8 (PeopleDirectory), aliases 5 (FeedbackMetrics), directives 1.
 * API clients that inline whole suggestions with comments and stories reach cost ~11 000 (the
 * e2e tests do), hence the cost limit of 20 000. Armor's cost does not multiply by `first`, so
 * aliases and depth are what stop the list attacks; the time budget is the backstop.
 * Admin pages of normal shape stay well inside; hostile shapes (100 aliases of a list, the
 * FocusArea ↔ Suggestion nesting grown 16 deep) are refused before one resolver runs.
 */
export const QUERY_LIMITS = {
  maxDepth: 14,
  maxAliases: 15,
  maxCost: 20_000,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

/** The most wall-clock time one request may spend resolving fields before the rest is refused. */
export const DEFAULT_REQUEST_TIME_BUDGET_MS = 10_000;

export interface QueryLimitOptions {
  production: boolean;
  timeBudgetMs?: number;
}

/** Apollo plugins and validation rules: GraphQL Armor's limits plus a per-request time budget. */
export function queryLimits(options: QueryLimitOptions): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    // «Did you mean …» helps a developer and maps the schema for an attacker: hide it in production.
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), timeBudgetPlugin(options.timeBudgetMs)],
    validationRules: [...(protection.validationRules as ValidationRule[]), noSubscriptions],
  };
}

/** The API has no subscriptions; say so plainly instead of failing inside the executor. */
export const noSubscriptions: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not supported by this API.', { nodes: [node] }));
    }
  },
});

/**
 * Once a request has used its time budget, every field that has not started yet is refused, so
 * one slow request cannot keep the process (and on PGlite, its one connection) busy for long.
 */
export function timeBudgetPlugin(budgetMs = DEFAULT_REQUEST_TIME_BUDGET_MS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + budgetMs;
      let exceeded = false;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (exceeded || Date.now() > deadline) {
                exceeded = true;
                throw new GraphQLError(`The request took longer than ${budgetMs} ms and was stopped. Ask for less.`, {
                  extensions: { code: 'BAD_USER_INPUT' },
                });
              }
            },
          };
        },
      };
    },
  };
}
