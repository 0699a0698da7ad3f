// The app in a process of its own, from the TypeScript sources (no build needed): @swc/core
// compiles each .ts file as it is required, with the same decorator settings as Vitest. For
// tests that must kill a real process (tests/e2e/email-crash.postgres.e2e-spec.ts). Configured
// by the environment like `npm start` (DATABASE_URL, SMTP_URL, …); listens on PORT (0 = any)
// and tells the parent its address over IPC: { ready: url }.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const swc = require('@swc/core');

const ROOT = path.resolve(__dirname, '../..');
const LIBS = path.join(ROOT, 'libs/src/index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@idehub/libs') return LIBS;
  return resolve.call(this, request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const { loadConfig } = require(path.join(ROOT, 'api/src/config/app-config.ts'));
const { startIdehub } = require(path.join(ROOT, 'api/src/bootstrap.ts'));

startIdehub(loadConfig(process.env, { port: Number(process.env.PORT ?? 0) }))
  .then((running) => process.send?.({ ready: running.url }))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
