import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../common/viewer';
import { badInput } from '../common/errors';
import { AccessService } from '../access/access.service';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';

export const SIMILAR_DEFAULT = 5;
export const SIMILAR_MAX = 20;
/** Shorter text than this says too little to compare. */
export const SIMILAR_MIN_TEXT = 3;
/**
 * Below this score a match is noise (one common word, a few shared letters). 0.2 (was 0.1): at 0.1
 * «Mer tid til opplæring» offered the fall alarm; near-duplicates and inflected or misspelt titles
 * score 0.22 and more on the demo data.
 */
export const SIMILAR_MIN_SCORE = 0.2;
/**
 * How much of the typed text is compared: the words of the first 1000 characters, and the first
 * 80 for trigram similarity with titles. Longer trigram text makes the planner leave the trigram
 * index for a sequential scan (measured: ~1–2 s at 20k suggestions with 140 characters, ~0.1 s with 80).
 */
const WORDS_TEXT_MAX = 1000;
const TRIGRAM_TEXT_MAX = 80;
/**
 * Words in more than this share of the open suggestions say little about which ones are alike («forslag»,
 * «pasient», «rutiner»), and at scale each matches thousands: a description of a few lines with five such words
 * matched 19 000 of a municipality's open suggestions and took 0.3–0.8 s (the form sends title and description
 * while the person types). They are left out of the word match; the title similarity still sees them.
 */
export const COMMON_WORD_SHARE = 0.02;
/** Below this many open suggestions (all municipalities) every word is kept: each match is cheap. */
export const COMMON_WORDS_FROM = 5_000;
/** How long the word frequencies (PostgreSQL's statistics of the text index) are reused. */
const WORD_STATS_TTL_MS = 10 * 60_000;

/** Suggestions of the unit the person is writing for rank a little higher among equals. */
const SAME_UNIT_BOOST = 0.05;
/**
 * How many candidates each way of matching brings to the ranking: the titles most alike (trigram
 * similarity and word similarity, nearest first from the GiST index IDX_suggestion_open_title_gist)
 * and the newest full-text matches. At 200 000 suggestions a common word matches thousands of open
 * ones, and ranking them all (to_tsvector for each) took seconds; with at most 3 × 50 candidates
 * the answer is the same whenever fewer than 50 match each way.
 */
export const SIMILAR_CANDIDATES = 50;
/**
 * How many word-similar titles are ordered to find the SIMILAR_CANDIDATES nearest. Word similarity is dear to
 * compute (≈ 18 µs a title here), and no index orders by it cheaply when thousands of titles are alike: at 200 000
 * suggestions, 10 001 of a municipality's open titles were word-similar to «Fallalarm som varsler feil person», and
 * ordering them all took 150–190 ms whether the GiST index walked them nearest first or a sort did. The first 500
 * the index finds take 19 ms; whenever fewer match, the candidates are the same as before.
 */
export const WORD_SIMILAR_SCAN = 500;

const OPEN = [
  SuggestionStatus.SUBMITTED,
  SuggestionStatus.UNDER_REVIEW,
  SuggestionStatus.ACCEPTED,
  SuggestionStatus.IN_PROGRESS,
  // «Ikke nå» is still a live idea: someone about to suggest it again can support it instead.
  SuggestionStatus.PARKED,
];

/** Lexemes as a tsquery that any of them matches ('a' | 'b'), quoted as tsquery reads them; '' for none. */
const anyOf = (lexemes: string[]) =>
  lexemes.map((lexeme) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');

/** The document IDX_suggestion_search indexes: title and description in the Norwegian configuration. */
const documentOf = (alias: string) => `to_tsvector('norwegian', ${alias}.title || ' ' || ${alias}.description)`;
const DOCUMENT = documentOf('s');

export interface SimilarMatch {
  suggestion: SuggestionEntity;
  score: number;
}

/**
 * «Finnes det et lignende forslag?» while someone types a new suggestion: the municipality's
 * open suggestions this person may see, ranked by Norwegian full-text match (any of the typed
 * words, stemmed, over title and description; the partial expression index IDX_suggestion_open_search)
 * and trigram similarity of the title (IDX_suggestion_open_title_gist), so they can support instead
 * of writing a duplicate. Only SIMILAR_CANDIDATES per kind of match are ranked (see there).
 */
@Injectable()
export class SimilarSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  private wordStats?: { readAt: number; common: Promise<ReadonlySet<string>> };

  /**
   * The lexemes in more than COMMON_WORD_SHARE of the open suggestions, from PostgreSQL's statistics of the text
   * index (its most common elements, kept by ANALYZE and autovacuum): none while there are fewer than
   * COMMON_WORDS_FROM open suggestions, or no statistics yet (the embedded database has no autovacuum).
   */
  private commonWords(): Promise<ReadonlySet<string>> {
    const now = Date.now();
    if (this.wordStats && now - this.wordStats.readAt < WORD_STATS_TTL_MS) return this.wordStats.common;
    const common = this.db
      .query(
        `select e.lexeme from pg_stats s join pg_class i on i.relname = s.tablename
           cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(lexeme, share)
          where s.tablename = 'IDX_suggestion_open_search' and i.reltuples >= $1 and e.share > $2`,
        [COMMON_WORDS_FROM, COMMON_WORD_SHARE],
      )
      .then((rows: { lexeme: string }[]) => new Set(rows.map((r) => r.lexeme)));
    this.wordStats = { readAt: now, common };
    common.catch(() => (this.wordStats = undefined));
    return common;
  }

  async similar(
    viewer: Viewer,
    text: string,
    unitId: string | undefined,
    first: number | undefined,
  ): Promise<SimilarMatch[]> {
    const size = first ?? SIMILAR_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > SIMILAR_MAX) {
      throw badInput([{ field: 'first', message: `must be between 1 and ${SIMILAR_MAX}` }]);
    }
    const normalised = text.replace(/\s+/g, ' ').trim();
    if (normalised.length < SIMILAR_MIN_TEXT) return [];
    const typed = normalised.slice(0, TRIGRAM_TEXT_MAX);

    // The distinct Norwegian lexemes of the text (stemmed, stop words dropped), without the common ones, quoted
    // as tsquery reads them and joined with | so that any of them may match: 'a' | 'b'.
    const [{ lexemes }]: { lexemes: string[] }[] = await this.db.manager.query(
      `select array(select lexeme from unnest(to_tsvector('norwegian', $1))) as lexemes`,
      [normalised.slice(0, WORDS_TEXT_MAX)],
    );
    // Only stop words and punctuation: nothing to compare.
    if (!lexemes.length) return [];
    const common = await this.commonWords();
    const matchWords = anyOf(lexemes.filter((lexeme) => !common.has(lexeme)));
    // The ranking weighs the same words as the match (a rank is shared out over the query's words, so common
    // ones only diluted it); with only common words typed, it weighs them all.
    const words = matchWords || anyOf(lexemes);
    const scope = await this.access.scopeFor(viewer);
    const visibility = scope.visibilitySql('c');
    // ts_rank normalised to 0..1 (rank / (rank + 1)), scaled so a few shared words weigh like a similar title.
    const textScore = `least(1, 4 * ts_rank(${DOCUMENT}, cast(:words as tsquery), 32))`;
    const titleScore = `greatest(similarity(s.title, :typed), word_similarity(:typed, s.title) * 0.8)`;
    const unitBoost = unitId ? `(case when s.unit_id = :unitId then ${SAME_UNIT_BOOST} else 0 end)` : '0';
    const score = `(0.55 * ${textScore} + 0.45 * ${titleScore} + ${unitBoost})`;

    // The open suggestions this person may see; the statuses are written out so that the planner can
    // use the partial indexes on open suggestions (IDX_suggestion_open_search, IDX_suggestion_open_title_gist).
    const open = `${visibility.sql} and c.status in (${OPEN.map((o) => `'${o}'`).join(', ')})`;
    // Text matches: `offset 0` makes them come from the index first (a bitmap), then the newest are
    // taken; never a walk back through every suggestion by date in the hope of meeting a rare word.
    const byTitle = `
      (select c.id from suggestion c where ${open} and c.title % :typed order by c.title <-> :typed limit ${SIMILAR_CANDIDATES})
      union
      (select w.id from (select c.id, c.title from suggestion c where ${open} and :typed <% c.title
                            limit ${WORD_SIMILAR_SCAN}) w
        order by :typed <<-> w.title limit ${SIMILAR_CANDIDATES})`;
    const byWords = `
      (select t.id from (
         select c.id, c.submitted_at from suggestion c
          where ${open} and ${documentOf('c')} @@ cast(:matchWords as tsquery) offset 0) t
        order by t.submitted_at desc, t.id desc limit ${SIMILAR_CANDIDATES})`;
    // Every word common: the titles alone bring the candidates (the ranking still counts the common words).
    const candidates = matchWords ? `${byTitle} union ${byWords}` : byTitle;

    const qb = this.db.manager
      .createQueryBuilder(SuggestionEntity, 's')
      .addSelect(score, 'score')
      .where(`s.id in (${candidates})`)
      .setParameters({ ...visibility.params, typed, words, matchWords, ...(unitId ? { unitId } : {}) })
      .orderBy('score', 'DESC')
      .addOrderBy('s.submitted_at', 'DESC')
      .limit(size);
    const { entities, raw } = await qb.getRawAndEntities();
    const scores = new Map<string, number>(
      raw.map((r: { s_id: string; score: string | number }) => [r.s_id, Number(r.score)]),
    );
    // Sorted by score, so dropping the weak ones here equals a WHERE on the score (which would compute it twice).
    return entities
      .map((suggestion) => ({ suggestion, score: Math.round((scores.get(suggestion.id) ?? 0) * 1000) / 1000 }))
      .filter((m) => m.score >= SIMILAR_MIN_SCORE);
  }
}
