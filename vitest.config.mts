import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

import { createRequire } from 'node:module';

const libs = fileURLToPath(new URL('./libs/src/index.ts', import.meta.url));
// Nest loads graphql through require(); point our imports at the same CommonJS build, or
// graphql refuses objects "from another module or realm".
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');
const alias = { '@idehub/libs': libs, graphql: graphqlCjs };

/** Decorator metadata for Nest, GraphQL and TypeORM needs SWC with legacy decorators. */
const swcPlugin = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'es6' },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'libs', include: ['libs/src/**/*.spec.ts'] },
      },
      {
        plugins: [swcPlugin],
        resolve: { alias },
        test: { name: 'api', include: ['api/src/**/*.spec.ts'], environment: 'node' },
      },
      {
        plugins: [swcPlugin],
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e-spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own app and database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          pool: 'forks',
          // A worker runs its files one after another in one process: the app's modules (Nest, TypeORM, GraphQL,
          // PGlite) load once per worker instead of once per file (≈ 10 s each on this machine). Every file still
          // starts its own app and database.
          isolate: false,
          // Runs after the fast unit projects, in its own group (it has its own worker limit).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
