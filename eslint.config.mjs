// @ts-check
import tseslint from 'typescript-eslint';

/** The web routes with wouter (2.5 kB, not react-router's 13.8 kB in the first load of /forslag: issue 10). */
const NO_REACT_ROUTER = ['react-router', 'react-router-dom'].map((name) => ({
  name,
  message: "Use wouter (Link, useLocation, useSearchParams …) and NavLink from '@/components/nav-link'.",
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.idehub/**',
      'tests/artifacts/**',
      'web/src/gql/**',
      'migrations/*-*.ts',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits is a lost error or a write that races the response.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // TypeORM migrations and Nest's Type<T> use Function; class-validator needs empty classes at times.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // The web imports the libs by module: a module that imports the index drags every libs module into
    // its chunk (see web/vite.config.ts). Types cost nothing at run time.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@idehub/libs',
              message: 'Import the libs module itself (@idehub/libs/workflow, …), not the index.',
              allowTypeImports: true,
            },
            ...NO_REACT_ROUTER,
          ],
        },
      ],
    },
  },
  {
    // Tests too: they route with wouter's memory location (web/src/test/render.tsx).
    files: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: NO_REACT_ROUTER }] },
  },
  {
    files: ['tests/**/*.ts', '**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
