import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import {
  COMMON_WORD_SHARE,
  COMMON_WORDS_FROM,
  WORD_SIMILAR_SCAN,
} from '../../api/src/co-creation/similar-suggestions.service';

/**
 * «Finnes det et lignende forslag?» at a large municipality's size: the form sends title and description, and
 * words found in more than COMMON_WORD_SHARE of the open suggestions («rutiner», «vakt») are left out of the word
 * match (they matched thousands and took up to 0.8 s), using PostgreSQL's statistics of the text index. The
 * suggestion that shares the rare words is still found, and a text of only common words still finds its like by
 * title. Below COMMON_WORDS_FROM open suggestions every word counts (co-creation.e2e-spec.ts).
 */
const SIMILAR = `query($text: String!, $first: Int) {
  similarSuggestions(text: $text, first: $first) { score suggestion { id title } }
}`;
const OPEN = COMMON_WORDS_FROM + 1_000;

describe('similar suggestions leave common words out of the word match at scale', () => {
  let app: TestApp;
  let token: string;
  let statements: { query: string; parameters: unknown[] }[] | null = null;

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    token = await app.login('ansatt2@drammen.idehub.test');
    const logger = app.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements?.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
      return logQuery(query, parameters, runner);
    };
    // Many open suggestions that all speak of «rutiner» and «vakt»; one about the pharmacy's dosette boxes.
    await app.db.query(
      `with m as (select id from municipality where name = 'Drammen kommune'),
            u as (select id from unit where municipality_id = (select id from m) order by name limit 1),
            p as (select id from person where email = 'ansatt@drammen.idehub.test')
       insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at,
              response_due_at, version)
       select (select id from m), (select id from u), (select id from p), 'Rutiner på vakt, del ' || g,
              'Bedre rutiner for overlapp mellom vakt og neste vakt, nummer ' || g, 'SUBMITTED',
              now() - g * interval '1 minute', now() + interval '14 days', 1
         from generate_series(1, $1) g`,
      [OPEN],
    );
    await app.db.query(
      `insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, submitted_at,
              response_due_at, version)
       select m.id, u.id, p.id, 'Fast kontaktperson på apoteket for dosettene',
              'Når en dosett mangler, kan kontaktpersonen på apoteket svare med en gang.', 'SUBMITTED',
              now() - interval '40 days', now() + interval '14 days', 1
         from municipality m join unit u on u.municipality_id = m.id join person p on p.email = 'ansatt@drammen.idehub.test'
        where m.name = 'Drammen kommune' order by u.name limit 1`,
    );
    await app.db.query('analyze suggestion');
  }, 120_000);

  afterAll(() => app?.stop());

  async function similar(text: string) {
    statements = [];
    const res = await app.gql(SIMILAR, { text, first: 5 }, token);
    const ran = statements;
    statements = null;
    expect(res.errors).toBeUndefined();
    const titles = res.data.similarSuggestions.map((r: { suggestion: { title: string } }) => r.suggestion.title);
    // The words the candidates were matched with: the tsquery parameter ('a' | 'b') of the ranking statement.
    const matchWords = ran.flatMap((s) => s.parameters).find((p) => typeof p === 'string' && p.startsWith("'"));
    return { titles, matchWords: matchWords as string | undefined };
  }

  it('the statistics see «rutiner» and «vakt» as common', async () => {
    const [{ share }] = await app.db.query(
      `select max(e.share) filter (where e.lexeme = 'rutin') as share from pg_stats s
         cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(lexeme, share)
        where s.tablename = 'IDX_suggestion_open_search'`,
    );
    expect(share).toBeGreaterThan(COMMON_WORD_SHARE);
  });

  it('a description with common and rare words finds the one that shares the rare words', async () => {
    // As the form sends it: the title, then the description.
    const { titles, matchWords } = await similar(
      'Kontaktperson på apoteket for dosetter. Bedre rutiner på vakt: vi venter for lenge når en dosett mangler.',
    );
    expect(titles[0]).toBe('Fast kontaktperson på apoteket for dosettene');
    // The word match asked for the rare words only.
    expect(matchWords).toContain("'apotek'");
    expect(matchWords).not.toContain("'rutin'");
    expect(matchWords).not.toContain("'vakt'");
  });

  it('a text of common words only still finds its like by the title', async () => {
    const { titles } = await similar('Rutiner på vakt');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t: string) => t.startsWith('Rutiner på vakt'))).toBe(true);
  });

  it('with more word-similar titles than are ordered (WORD_SIMILAR_SCAN), the title typed is still found first', async () => {
    const typed = 'Rutiner på vakt, del 4321';
    const [{ alike }] = await app.db.query(
      `select count(*)::int as alike from suggestion where status = 'SUBMITTED' and $1 <% title`,
      [typed],
    );
    expect(alike).toBeGreaterThan(WORD_SIMILAR_SCAN);
    const { titles } = await similar(typed);
    expect(titles[0]).toBe(typed);
  });
});
