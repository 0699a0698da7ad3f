import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { Kind, print, visit, type DocumentNode } from 'graphql';
import { FIRST_ANSWERS_PLAN } from './src/app/first-answers-plan';

export const alias = {
  // Libs are consumed as source so the web needs no libs build step. The web imports them by module
  // (`@idehub/libs/workflow`), not through the index: a chunk then carries only the rules it uses
  // (a module that imports the index drags every libs module into its chunk group).
  '@idehub/libs': fileURLToPath(new URL('../libs/src', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
};

/**
 * Replaces each `graphql(\`query Name …\`)` call with the generated document itself (the
 * `NameDocument` / `NameFragmentDoc` object of src/gql/graphql.ts, inlined), as the codegen
 * client preset's Babel/SWC plugins do. A page's chunk then carries only its own documents,
 * instead of every chunk sharing the generated map of all documents of the app. Build only:
 * tests and the dev server keep the map.
 */
/** The generated documents of src/gql/graphql.ts: `NameDocument` / `NameFragmentDoc` → the document as JSON. */
function generatedDocuments(): Map<string, string> {
  const generated = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
  const documents = new Map<string, string>();
  const line = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  for (const m of readFileSync(generated, 'utf8').matchAll(line)) documents.set(m[1], m[2]);
  return documents;
}

/** `__typename` in every selection but the operation's own, as Apollo's cache asks and stores them. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}

/**
 * Writes `first-answers.json` next to index.html: per route, the operations of FIRST_ANSWERS_PLAN with
 * the web's own documents printed, for the server to answer with the page (see src/app/first-answers-plan.ts).
 */
function firstAnswersPlan(): Plugin {
  return {
    name: 'idehub-first-answers-plan',
    apply: 'build',
    generateBundle() {
      const documents = generatedDocuments();
      const plan = Object.fromEntries(
        Object.entries(FIRST_ANSWERS_PLAN).map(([route, operations]) => [
          route,
          operations.map(({ operationName, variables }) => {
            const document = documents.get(`${operationName}Document`);
            if (!document) this.error(`first answers: no generated document for query ${operationName}`);
            return { operationName, variables, query: print(withTypenames(JSON.parse(document) as DocumentNode)) };
          }),
        ]),
      );
      this.emitFile({ type: 'asset', fileName: 'first-answers.json', source: JSON.stringify(plan, null, 2) });
    },
  };
}

function graphqlDocumentImports(): Plugin {
  const call = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\s*\)/g;
  let documents: Map<string, string> | undefined;
  const load = () => (documents = generatedDocuments());
  return {
    name: 'idehub-graphql-documents-inline',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const docs = documents ?? load();
      let changed = false;
      const out = code.replace(call, (whole, kind: string, name: string) => {
        const document = docs.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!document) this.error(`${id}: no generated document for ${kind} ${name}; run npm run codegen -w web`);
        changed = true;
        // Same line count as the call, so source maps stay right.
        return `(${document}${'\n'.repeat((whole.match(/\n/g) ?? []).length)})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * Writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9) next to every asset worth compressing,
 * once at build time; the server sends whichever the browser accepts (api/src/web/serve-web.ts).
 */
function precompressAssets(): Plugin {
  return {
    name: 'idehub-precompress-assets',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|svg|json|html)$/.test(name)) continue;
        const content = readFileSync(join(dir, name));
        if (content.length < 1024) continue;
        writeFileSync(join(dir, `${name}.gz`), gzipSync(content, { level: 9 }));
        writeFileSync(
          join(dir, `${name}.br`),
          brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/** The page a first visit is measured on (as scripts/check-bundle-size.mjs, the budget). */
const FIRST_LOAD_PAGE = 'src/features/suggestions/routes/suggestions-page.tsx';

/**
 * The app modules a first visit to FIRST_LOAD_PAGE runs: everything the entry imports statically
 * (the shell) and everything that page imports statically, read from the module graph once it is
 * complete. The 'common' chunk group takes exactly these, so that first visit downloads what it
 * runs and nothing else, in few requests (vendor, common, the tiny entry and runtime, the CSS);
 * whatever only other pages use — their components, GraphQL documents, texts — goes with them.
 */
function firstLoadModules(page: string): {
  plugin: Plugin;
  /** An app module (not a library's) of the first visit. */
  test: (id: string) => boolean;
  /** Any module of the first visit, a library's too. */
  has: (id: string) => boolean;
} {
  const mainId = fileURLToPath(new URL('src/main.tsx', import.meta.url));
  const pageId = fileURLToPath(new URL(page, import.meta.url));
  let modules: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'idehub-first-load-modules',
    apply: 'build',
    buildStart() {
      modules = undefined;
    },
    buildEnd() {
      const found = new Set<string>();
      const visit = (id: string) => {
        const info = this.getModuleInfo(id);
        if (found.has(id) || !info) return;
        found.add(id);
        info.importedIds.forEach(visit);
      };
      const own = [mainId, pageId];
      if (own.some((id) => !this.getModuleInfo(id))) this.error(`first load: ${own.join(' or ')} is not in the build`);
      own.forEach(visit);
      // The entry and the page keep chunks of their own (the page stays lazy, like every page).
      own.forEach((id) => found.delete(id));
      modules = found;
    },
  };
  const has = (id: string) => {
    if (!modules) throw new Error('first load: chunk groups tested before the module graph was complete');
    return modules.has(id);
  };
  const test = (id: string) => has(id) && !/[\\/]node_modules[\\/]/.test(id);
  return { plugin, test, has };
}

const firstLoad = firstLoadModules(FIRST_LOAD_PAGE);

/**
 * The libraries every page runs. Only their modules a first visit to FIRST_LOAD_PAGE runs go in 'vendor';
 * what only other pages use of them (e.g. the shim recharts imports) goes with those pages.
 */
const STACK =
  /node_modules[\\/](react|react-dom|scheduler|wouter|regexparam|@apollo|graphql|rxjs|i18next|react-i18next|optimism|@wry|tslib|ts-invariant|zen-observable|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [graphqlDocumentImports(), react(), firstLoad.plugin, firstAnswersPlan(), precompressAssets()],
  resolve: {
    alias,
    // recharts imports react-is; the hoisted copy (17, for Testing Library) cannot read React 19 elements.
    dedupe: ['react', 'react-dom', 'react-is'],
    // rxjs (under Apollo Client) in its ES2015 build: classes instead of ES5 functions and no tslib helpers.
    conditions: ['es2015', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Read by scripts/check-bundle-size.mjs to find what a route loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // Few, larger chunks for the first visit: on a slow connection every request beyond the
        // browser's six connections waits a round trip. The libraries every page needs go
        // together; so does the app code the first visit to /forslag runs. Other pages are a
        // chunk each, with the small shared helpers in one chunk and what several of them share
        // otherwise (GraphQL documents, a namespace's texts) in chunks fetched in parallel with
        // them (Vite preloads a lazy page's imports); charts (recharts) load only with the pages
        // that show them.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: (id: string) => STACK.test(id) && firstLoad.has(id),
              priority: 2,
            },
            {
              // English texts are fetched only by those who choose English.
              name: 'texts-en',
              test: /[\\/]web[\\/]src[\\/]i18n[\\/]([a-z-]+\.)?en\.json/,
              priority: 3,
            },
            {
              // What a first visit to /forslag runs (see firstLoadModules): the shell with its
              // texts and GraphQL documents, and the suggestions page's own.
              name: 'common',
              test: firstLoad.test,
              priority: 1,
            },
            {
              // The small helpers many other pages use (fields, field errors, kept drafts, the
              // wide-table region), with the texts they use: one chunk, fetched with the first of
              // those pages, rather than a request each.
              name: 'shared',
              test: /[\\/]web[\\/]src[\\/](components|lib)[\\/]/,
              priority: 0,
            },
          ],
        },
      },
    },
  },
  server: {
    // In development the API runs on its own port; the app always calls /graphql.
    proxy: { '/graphql': process.env.IDEHUB_API_URL ?? 'http://localhost:3000' },
  },
});
