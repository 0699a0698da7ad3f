import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * /forslag comes with its first GraphQL answers for the signed-in person (api/src/web/first-answers.ts):
 * they run through the same server, guards and visibility rules as any request, so a confidential
 * suggestion and a hidden name stay out exactly as in the API; nothing comes without a valid session;
 * no text can end the data block; the page is never cached. The web build is a fixture with the same
 * layout as Vite's (index.html and first-answers.json, the plan written at build time).
 */
const ME = 'query Me { me { id name __typename } }';
const SUGGESTIONS = `query Suggestions($filter: SuggestionFilter, $first: Int) { suggestions(filter: $filter, first: $first) {
  totalCount edges { node { id title submitterName __typename } __typename } __typename } }`;
const PLAN = {
  '/forslag': [
    { operationName: 'Me', variables: {}, query: ME },
    { operationName: 'Suggestions', variables: { filter: {}, first: 100 }, query: SUGGESTIONS },
  ],
};
const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id } }`;
const SCRIPT_TITLE = 'Kveldsrutiner </script><script>alert(1)</script> i bofellesskapet';
const HIDDEN_TITLE = 'Faste plasser for nøkkelboksene på vaktrommet';

interface Page {
  status: number;
  headers: Headers;
  html: string;
  answers: { operationName: string; variables: unknown; data: any }[] | null;
}

describe('first answers with the page', () => {
  let app: TestApp;
  let dist: string;
  let submitter: string;
  let colleague: string;

  async function page(url: string, token?: string): Promise<Page> {
    const res = await fetch(app.url + url, { headers: token ? { cookie: `idehub_session=${token}` } : {} });
    const html = await res.text();
    const block = /<script type="application\/json" id="idehub-first-answers">(.*?)<\/script>/s.exec(html);
    return { status: res.status, headers: res.headers, html, answers: block ? JSON.parse(block[1]) : null };
  }

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'idehub-web-'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html><head><title>Idéhub</title></head><body><div id="root"></div></body></html>',
    );
    fs.writeFileSync(path.join(dist, 'first-answers.json'), JSON.stringify(PLAN));
    app = await startTestApp({ demo: true, config: { webDistDir: dist } });
    submitter = await app.login('ansatt@drammen.idehub.test');
    colleague = await app.login('ansatt2@drammen.idehub.test');
    const units = (await app.gql('{ units { id name } }', {}, submitter)).data.units as { id: string; name: string }[];
    const unitId = units.find((u) => u.name === 'Hjemmetjenesten')!.id;
    const submit = async (input: Record<string, unknown>) => {
      const res = await app.gql(SUBMIT, { input: { unitId, ...input } }, submitter);
      expect(res.errors).toBeUndefined();
    };
    await submit({
      title: SCRIPT_TITLE,
      description: 'Det er uenighet om kveldsrutinene, og det går ut over samarbeidet mellom vaktene.',
      confidential: true,
    });
    await submit({
      title: HIDDEN_TITLE,
      description: 'Nøkler til brukernes hjem blir liggende på vaktrommet når vaktene bytter.',
      hideName: true,
    });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('answers as the API answers the same person, with the same visibility', async () => {
    for (const token of [submitter, colleague]) {
      const { answers, headers } = await page('/forslag', token);
      expect(answers?.map((a) => a.operationName)).toEqual(['Me', 'Suggestions']);
      const direct = await app.gql(SUGGESTIONS, { filter: {}, first: 100 }, token);
      expect(answers![1].data).toEqual(direct.data);
      expect(answers![0].data).toEqual((await app.gql(ME, {}, token)).data);
      expect(headers.get('cache-control')).toBe('private, no-store');
      expect(headers.get('vary')).toMatch(/cookie/i);
    }
    const titles = async (token: string) =>
      (await page('/forslag', token)).answers![1].data.suggestions.edges.map((e: any) => e.node);
    const mine = await titles(submitter);
    const theirs = await titles(colleague);
    // The confidential one: its submitter sees it; a colleague in another unit does not.
    expect(mine.some((n: any) => n.title === SCRIPT_TITLE)).toBe(true);
    expect(theirs.some((n: any) => n.title === SCRIPT_TITLE)).toBe(false);
    // The hidden name: «Ansatt i …» for the colleague, never the name.
    const hidden = theirs.find((n: any) => n.title === HIDDEN_TITLE);
    expect(hidden.submitterName).toMatch(/^Ansatt i /);
    expect(JSON.stringify(hidden)).not.toContain(mine.find((n: any) => n.title === HIDDEN_TITLE).submitterName);
  });

  it('no text in an answer can end the data block', async () => {
    const { html, answers } = await page('/forslag', submitter);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(answers![1].data.suggestions.edges.some((e: any) => e.node.title === SCRIPT_TITLE)).toBe(true);
  });

  it('comes only with a valid session, and only for the plain page', async () => {
    for (const [url, token] of [
      ['/forslag', undefined],
      ['/forslag', 'not-a-session'],
      ['/forslag?q=kveld', submitter],
      ['/innboks', submitter],
    ] as const) {
      const result = await page(url, token);
      expect(result.status).toBe(200);
      expect(result.answers).toBeNull();
      expect(result.headers.get('cache-control')).toBe('no-cache');
    }
    await app.gql('mutation { logout }', {}, colleague);
    expect((await page('/forslag', colleague)).answers).toBeNull();
  });
});
