import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, isObjectType, ValidationContext, ValidationRule } from 'graphql';

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

/**
 * Apollo plugins, validation rules and a schema transform: GraphQL Armor's limits plus a per-request time budget
 * (its plugin and its transform go together).
 */
export function queryLimits(options: QueryLimitOptions): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
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
  const budget = timeBudget(options.timeBudgetMs);
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), budget.plugin],
    validationRules: [...(protection.validationRules as ValidationRule[]), noSubscriptions],
    transformSchema: budget.transformSchema,
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
 * Once a request has used its time budget, every field with a resolver of its own (a query, a mutation, a computed or
 * batched field: whatever can take time) that has not started yet is refused, so one slow request cannot keep the
 * process (and on PGlite, its one connection) busy for long. Plain properties of objects already fetched are left
 * to graphql-js, which reads them without a call.
 *
 * Two parts: the plugin notes each request's deadline when it starts; `transformSchema` wraps the schema's own
 * resolvers to check it (the app applies it through GraphQLModule's `transformSchema`). (An Apollo `willResolveField` hook did this before, but any such hook makes Apollo wrap and
 * call back on every field of every answer: 1 500 calls for an inbox of 100 cards, most of them on plain properties.)
 */
export function timeBudget(budgetMs = DEFAULT_REQUEST_TIME_BUDGET_MS): {
  plugin: ApolloServerPlugin;
  transformSchema: (schema: GraphQLSchema) => GraphQLSchema;
} {
  const deadlines = new WeakMap<object, number>();
  const plugin: ApolloServerPlugin = {
    async requestDidStart({ contextValue }) {
      deadlines.set(contextValue, Date.now() + budgetMs);
    },
  };
  const transformSchema = (schema: GraphQLSchema) => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const resolve = field.resolve;
        if (!resolve) continue;
        field.resolve = (source, args, context, info) => {
          const deadline = context && typeof context === 'object' ? deadlines.get(context) : undefined;
          if (deadline !== undefined && Date.now() > deadline) {
            throw new GraphQLError(`The request took longer than ${budgetMs} ms and was stopped. Ask for less.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
          return resolve(source, args, context, info);
        };
      }
    }
    return schema;
  };
  return { plugin, transformSchema };
}
