import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/auth.service';

/**
 * The first answers of a page, sent with its index.html: on a slow connection every round trip costs
 * seconds, and a page's first GraphQL requests would otherwise wait for the scripts to arrive. The
 * operations and their variables per route are written at build time (web/vite.config.ts,
 * `first-answers.json`: the web's own documents, printed). They run here through the same GraphQL
 * server, guards and visibility rules as any request, as the person whose session cookie came with
 * the page; the web writes the answers into its cache before the first render (web/src/app/first-answers.ts).
 */
export interface FirstAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: unknown;
}

interface PlannedOperation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What the page needs of the GraphQL server: Apollo Server's executeOperation. */
export interface OperationRunner {
  executeOperation(
    request: { query: string; variables: Record<string, unknown>; operationName: string },
    options: { contextValue: { req: Request; res: Response } },
  ): Promise<{ body: { kind: string; singleResult?: { data?: unknown; errors?: readonly unknown[] } } }>;
}

/** The element the answers come in: a JSON data block (not run as a script, so the CSP allows it). */
export const FIRST_ANSWERS_ELEMENT_ID = 'idehub-first-answers';

/** How long a page waits for its first answers before it is sent without them. */
const FIRST_ANSWERS_BUDGET_MS = 1500;

export type FirstAnswers = (req: Request, res: Response) => Promise<FirstAnswer[] | null>;

/** Null when the build has no plan (an old build, or the API alone). */
export function firstAnswersOf(distDir: string, apollo: () => OperationRunner | undefined): FirstAnswers | null {
  const file = path.join(distDir, 'first-answers.json');
  if (!fs.existsSync(file)) return null;
  const plan = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, PlannedOperation[]>;
  return async (req, res) => {
    const operations = plan[req.path.replace(/\/$/, '') || '/'];
    // Only the plain page: its filters and pages come from the address, which the plan does not know.
    if (!operations || Object.keys(req.query).length || !hasSessionCookie(req)) return null;
    const server = apollo();
    if (!server) return null;
    const answers = await withinBudget(
      Promise.all(
        operations.map(async ({ operationName, query, variables }): Promise<FirstAnswer | null> => {
          const response = await server.executeOperation(
            { query, variables, operationName },
            { contextValue: { req, res } },
          );
          const result = response.body.singleResult;
          return result && !result.errors?.length && result.data
            ? { operationName, variables, data: result.data }
            : null;
        }),
      ),
    );
    // Not signed in (or the session ended): the page asks for itself and shows the sign-in.
    if (!answers || !answers.some((a) => a?.operationName === 'Me')) return null;
    return answers.filter((a): a is FirstAnswer => a !== null);
  };
}

function hasSessionCookie(req: Request): boolean {
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return typeof cookies?.[SESSION_COOKIE] === 'string' && cookies[SESSION_COOKIE].length > 0;
}

async function withinBudget<T>(work: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), FIRST_ANSWERS_BUDGET_MS)));
  try {
    return await Promise.race([work.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The answers as a JSON data block for the page's <head>. `<` is escaped so that no text in an answer (a
 * title with «</script>» in it) can end the block.
 */
export function firstAnswersBlock(answers: FirstAnswer[]): string {
  const json = JSON.stringify(answers)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${json}</script>`;
}
