#!/usr/bin/env node
// `npm test`: every tier, in order, on the embedded database (or on a throwaway PostgreSQL
// database when TEST_DATABASE_URL is set). Extra arguments go to the API/e2e Vitest run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules/.bin/vitest');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];
/** Each failed test (or file that failed to load), with the first lines of its error, repeated at the very end. */
const failures = [];

function run(name, command, args, { report } = {}) {
  console.log(`\n=== ${name}`);
  const reportFile = report ? path.join(reportDir, `${name.replace(/\W+/g, '-')}.json`) : undefined;
  const fullArgs = reportFile
    ? [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]
    : args;
  const result = spawnSync(command, fullArgs, { cwd: root, stdio: 'inherit', env: process.env });
  if (reportFile && fs.existsSync(reportFile)) {
    const r = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    totals.passed += r.numPassedTests ?? 0;
    totals.failed += r.numFailedTests ?? 0;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    failures.push(...failuresIn(r, name));
  }
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

/** The failed tests of a Vitest JSON report, and the files that failed without a failed test (a crash, a hook). */
function failuresIn(report, step) {
  const found = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) found.push({ step, what: `${where} › ${t.fullName}`, error: t.failureMessages?.[0] });
    if (!failed.length && file.status === 'failed') found.push({ step, what: where, error: file.message });
  }
  return found;
}

function firstLines(text, count) {
  const stripped = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return stripped
    .split('\n')
    .filter((line) => line.trim() && !line.includes('node_modules/'))
    .slice(0, count);
}

const extra = process.argv.slice(2);
// IDEHUB_TEST_TIERS=api runs only the database-facing tiers (CI's second pass on PostgreSQL); default: all.
const tiers = new Set((process.env.IDEHUB_TEST_TIERS ?? 'build,api,web,browser').split(',').map((t) => t.trim()));
const db = process.env.TEST_DATABASE_URL
  ? `PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`
  : 'embedded PGlite';
console.log(`Idéhub tests on ${db}`);

if (tiers.has('build')) run('build', 'npm', ['run', 'build', '--silent']);
if (tiers.has('api')) run('libs, api and end-to-end', vitest, ['run', ...extra], { report: true });
if (!extra.length && tiers.has('web')) {
  run('web components', vitest, ['run', '--config', 'web/vitest.config.mts'], { report: true });
  run('generated web types are current', 'node', ['web/scripts/check-codegen.mjs']);
  // Needs the build tier's web/dist: fails when the first load of /forslag outgrows its budget.
  run('web bundle size', 'node', ['web/scripts/check-bundle-size.mjs']);
}
if (!extra.length && tiers.has('browser')) {
  run('browser', vitest, ['run', '--config', 'tests/browser/vitest.config.mts'], { report: true });
}

fs.rmSync(reportDir, { recursive: true, force: true });
// Repeated last, so that a log cut to its tail still says what failed and why.
if (failures.length) {
  console.log(`\nFailed tests (${failures.length}):`);
  for (const f of failures) {
    console.log(`  ✗ [${f.step}] ${f.what}`);
    for (const line of firstLines(f.error, 6)) console.log(`      ${line}`);
  }
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
