import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for the web, generated from the API's committed code-first schema.
 * `scripts/check-codegen.mjs` regenerates into a temp folder and fails when src/gql is stale.
 */
const outDir = process.env.IDEHUB_CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
