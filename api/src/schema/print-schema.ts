import { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the code-first resolvers by `npm run schema`. Do not edit; a test fails when it is stale.\n\n';

/** The schema as committed in api/schema.gql: sorted, so diffs show real changes only. */
export function printAppSchema(app: INestApplicationContext): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
}
