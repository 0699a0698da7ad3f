import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { alias } from './vite.config.ts';

/** The namespaces test checks what is registered when the app starts, so it needs a module registry of its own. */
const ISOLATED = ['src/i18n/namespaces.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    testTimeout: 20_000,
    projects: [
      // A worker runs its files one after another with one jsdom and one module registry: the environment and the
      // app's modules are set up once per worker, not once per file (≈ 1.5 s each). Testing Library's cleanup runs
      // after every test (src/test/setup.ts), so no rendered tree outlives its test.
      {
        extends: true,
        test: {
          name: 'web',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mts}'],
          exclude: ['**/node_modules/**', ...ISOLATED],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'web (isolated)', include: ISOLATED } },
    ],
  },
});
