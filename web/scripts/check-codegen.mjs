#!/usr/bin/env node
// Fails when web/src/gql is stale: regenerates the types and typed documents from
// ../api/schema.gql and the operations in src/ into a temp folder and compares file by file.
// Fix a failure with `npm run codegen -w web`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = join(webDir, 'src', 'gql');
const tempDir = mkdtempSync(join(tmpdir(), 'idehub-codegen-'));
const bin = resolve(webDir, '..', 'node_modules', '.bin', 'graphql-codegen');

function listFiles(dir) {
  try {
    return readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

try {
  const run = spawnSync(bin, ['--config', 'codegen.ts', '--silent'], {
    cwd: webDir,
    env: { ...process.env, IDEHUB_CODEGEN_OUT: `${tempDir}/` },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('graphql-codegen failed: an operation no longer matches api/schema.gql.');
    process.exit(1);
  }
  const expected = listFiles(tempDir);
  const actual = listFiles(committedDir);
  const problems = [];
  for (const file of new Set([...expected, ...actual])) {
    if (!expected.includes(file)) problems.push(`${file}: not generated any more`);
    else if (!actual.includes(file)) problems.push(`${file}: missing from src/gql`);
    else if (readFileSync(join(tempDir, file), 'utf8') !== readFileSync(join(committedDir, file), 'utf8'))
      problems.push(`${file}: differs from a fresh generation`);
  }
  if (problems.length) {
    console.error(`web/src/gql is stale:\n  ${problems.join('\n  ')}\nRun: npm run codegen -w web`);
    process.exit(1);
  }
  console.log('web/src/gql is up to date with api/schema.gql.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
