// The app in a process of its own, from the TypeScript sources (no build needed): each .ts file
// is compiled as it is required. For
// tests that must kill a real process (tests/e2e/email-crash.postgres.e2e-spec.ts). Configured
// by the environment like `npm start` (DATABASE_URL, SMTP_URL, …); listens on PORT (0 = any)
// and tells the parent its address over IPC: { ready: url }.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');
const LIBS = path.join(ROOT, 'libs/src/index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@idehub/libs') return LIBS;
  return resolve.call(this, request, ...rest);
};
// TypeScript's own per-file transpiler, as `npm run build` compiles (CommonJS, legacy decorators with
// metadata): its `exports.X = X` keeps the entities' circular imports working, where SWC's
// live-binding getters throw «Cannot access before initialization».
const compilerOptions = {
  ...ts.convertCompilerOptionsFromJson(require(path.join(ROOT, 'tsconfig.base.json')).compilerOptions, ROOT).options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const { loadConfig } = require(path.join(ROOT, 'api/src/config/app-config.ts'));
const { startIdehub } = require(path.join(ROOT, 'api/src/bootstrap.ts'));

startIdehub(loadConfig(process.env, { port: Number(process.env.PORT ?? 0) }))
  .then((running) => process.send?.({ ready: running.url }))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
