import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const alias = {
  // Libs are consumed as source so the web needs no libs build step.
  '@idehub/libs': fileURLToPath(new URL('../libs/src/index.ts', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias,
    // recharts imports react-is; the hoisted copy (17, for Testing Library) cannot read React 19 elements.
    dedupe: ['react', 'react-dom', 'react-is'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // In development the API runs on its own port; the app always calls /graphql.
    proxy: { '/graphql': process.env.IDEHUB_API_URL ?? 'http://localhost:3000' },
  },
});
