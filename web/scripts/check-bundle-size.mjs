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
//
// Budget: issue 10 asks for 150 kB. The libraries the shell cannot do without already weigh about
// 160 kB gzip (react-dom 64, Apollo Client 33 + 9, react-router 30, i18next 13, react, rxjs,
// graphql), so the budget is set just above what this build reaches (195 kB, from 225 kB before
// code splitting) as a ratchet: lower it as the shell shrinks. See docs/performance.md.
// Raised from 200 to 203 kB with the second round's shell pieces every page needs (drafts kept per
// person, the expired-session sign-in link, the bokmål texts of the new features); English texts
// moved out of the first download at the same time (−13 kB).
// Raised from 203 to 204 kB with issue 12 (203.3 kB): the bokmål texts of «Ikke nå», reminders, the weekly
// e-mail and «Dere sa – vi gjorde» are in the first download like every namespace's.
// Lowered from 204 to 166.5 kB (issue 10, web part; 165.5 kB reached: vendor 147.2, common 16.1, the page
// 1.2, entry and runtime 1.0): react-router in declarative mode (react-router 29.3 → 13.5 kB in vendor),
// each feature namespace's texts loaded with the code that uses them (web/src/i18n/namespaces/), the
// 'common' chunk holding exactly what a first visit to /forslag runs (other features' GraphQL documents
// and helpers go with their pages; web/vite.config.ts), libs imported by module, the menu's unread
// count apart from the notifications page's documents. What is left is the stack: react-dom 62,
// Apollo Client with rxjs, graphql, optimism ≈ 50, i18next 13, react-router 13.5, react 3 (≈ 147 kB
// gzip) and the shell's own code with nb.json (≈ 16 kB), so 150 kB is not reachable without
// replacing a library or splitting nb.json (≈ 7 kB gzip of core-page texts) by page.
// Lowered from 166.5 to 159 kB (158.6 kB reached: vendor 145.0, common 11.3, the page 1.2, entry and
// runtime 1.0): nb.json split by page (notifications, statistics, administration with the audit log, one
// suggestion's page and its forms, the inbox are namespaces of their own; nb.json 6.8 → 1.8 kB gzip, the
// shell's menu, errors, statuses and the list's texts), rxjs in its ES2015 build (no ES5 helpers, −1.6 kB)
// and 'vendor' holding only the library modules this visit runs (the shim recharts uses went with it).
// What is left is the stack itself (react-dom 63, Apollo Client 35.5 with rxjs 6.4, graphql 4.5,
// optimism and @wry 3.6, i18next 13.3 with react-i18next 1.9, react-router 13.8, react 3 ≈ 145 kB gzip)
// and the shell's code (≈ 12 kB): 150 kB needs a smaller router than react-router (wouter ≈ 2.5 kB
// gzip would save ≈ 11 kB), which is a new dependency. See docs/performance.md.
// Lowered from 159 to 148 kB (147.5 kB reached, issue 10's 150 kB met: vendor 133.8, common 11.5, the page
// 1.2, entry and runtime 1.0): wouter 3 instead of react-router (react-router 13.8 kB → wouter with
// regexparam and the use-sync-external-store shim ≈ 2.6 kB gzip); the shell's own NavLink
// (web/src/components/nav-link.tsx) and navigation state (web/src/lib/navigation-state.ts) +0.2 kB.
const BUDGETS = [
  // [what, the route's page module (or null: the shell only), budget in bytes of gzip]
  ['/forslag (initial)', 'src/features/suggestions/routes/suggestions-page.tsx', 148_000],
];
const TARGET = 150_000;

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
const brotliSize = (file) =>
  zlib.brotliCompressSync(fs.readFileSync(path.join(dist, file)), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
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
  const sizes = files.map((f) => ({
    file: f,
    raw: fs.statSync(path.join(dist, f)).size,
    gzip: gzipSize(f),
    brotli: brotliSize(f),
  }));
  const gzip = sizes.reduce((a, s) => a + s.gzip, 0);
  const brotli = sizes.reduce((a, s) => a + s.brotli, 0);
  const raw = sizes.reduce((a, s) => a + s.raw, 0);
  const ok = gzip <= budget;
  failed ||= !ok;
  results.push({ name, gzip, brotli, raw, budget, target: TARGET, ok, files: sizes });
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(gzip)} gzip, ${kB(brotli)} brotli (${kB(raw)} raw) in ${files.length} files;` +
      ` budget ${kB(budget)} gzip (target ${kB(TARGET)})`,
  );
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 6))
    console.log(`       ${kB(s.gzip).padStart(9)}  ${s.file}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
