#!/usr/bin/env node
// Bundle-size budget: the JavaScript a first visit to /forslag downloads (the entry, the
// suggestions page's chunk, and every chunk they import statically), gzip-compressed, must stay
// within the budget. Reads the Vite manifest of the last build (web/dist). Run after `npm run build`.
//   node web/scripts/check-bundle-size.mjs [--json]
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const BUDGETS = [
  // [what, the route's page module (or null: the shell only), budget in bytes, gzip]
  ['/forslag (initial)', 'src/features/suggestions/routes/suggestions-page.tsx', 150_000],
];

const manifestFile = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`No ${path.relative(process.cwd(), manifestFile)}: build the web app first (npm run build -w web).`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);

/** The chunk files of these manifest keys and everything they import statically. */
function closure(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.add(manifest[key].file);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files].filter((f) => f.endsWith('.js'));
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

let failed = false;
const results = [];
for (const [name, page, budget] of BUDGETS) {
  if (page && !manifest[page]) {
    console.error(`${name}: ${page} is not a chunk of the build (is the route still lazy?)`);
    failed = true;
    continue;
  }
  const files = closure(page ? [entryKey, page] : [entryKey]);
  const sizes = files.map((f) => ({ file: f, raw: fs.statSync(path.join(dist, f)).size, gzip: gzipSize(f) }));
  const gzip = sizes.reduce((a, s) => a + s.gzip, 0);
  const raw = sizes.reduce((a, s) => a + s.raw, 0);
  const ok = gzip <= budget;
  failed ||= !ok;
  results.push({ name, gzip, raw, budget, ok, files: sizes });
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(gzip)} gzip (${kB(raw)} raw) in ${files.length} files; budget ${kB(budget)}`,
  );
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 6))
    console.log(`       ${kB(s.gzip).padStart(9)}  ${s.file}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
