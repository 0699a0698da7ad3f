// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('generated GraphQL types', () => {
  it('match api/schema.gql and the operations in src (else run `npm run codegen -w web`)', () => {
    const script = fileURLToPath(new URL('../scripts/check-codegen.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  }, 120_000);
});
