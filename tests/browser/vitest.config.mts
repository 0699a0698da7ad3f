import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The browser tests start the whole product in-process (tests/support/start-app.ts), so they
// need the same decorator and graphql settings as the API's own tests.
const root = fileURLToPath(new URL('../..', import.meta.url));
const alias = {
  '@idehub/libs': fileURLToPath(new URL('../../libs/src/index.ts', import.meta.url)),
  graphql: createRequire(import.meta.url).resolve('graphql'),
};

export default defineConfig({
  root,
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'es6' },
    }),
  ],
  resolve: { alias },
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.browser-spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One Chromium and one app at a time: the machine has two cores.
    pool: 'forks',
    // The files run one after another in one process, so the app's modules load once, not once per file.
    isolate: false,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
