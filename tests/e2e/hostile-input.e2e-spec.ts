import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../api/schema.gql'), 'utf8'));

/** Not fuzzed here: signing in and out change the session itself (auth.e2e-spec.ts covers them). */
const NOT_FUZZED = new Set(['login', 'logout']);

/** Texts an attacker (or a broken client) sends. */
const HOSTILE_TEXT = [
  '\u0000',
  'før\u0000etter',
  '\uD800',
  'a\uDC00b',
  '\u001B[2J',
  '      x      ',
  ' '.repeat(20),
  '',
  'x'.repeat(10_001),
  "'; drop table suggestion; --",
  '<script>alert(1)</script>',
  '%00',
  '👩‍⚕️'.repeat(50),
];
const NOT_IDS = ['abc', '', '00000000-0000-0000-0000-000000000000', '1', 'eyJhdCI6Inh4eCJ9', '\u0000', "' or 1=1 --"];
const NOT_DATES = ['not a date', '2026-13-45', '', '99999-01-01T00:00:00Z', '0000-00-00', '1.1.2026'];

function typeName(type: GraphQLInputType): string {
  return type.toString();
}

describe('hostile input: never an internal error, never a bad row', () => {
  let app: TestApp;
  let tokens: string[];
  let realIds: string[];
  let realCursors: string[];
  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    tokens = [
      await app.login('admin@drammen.idehub.test'),
      await app.login('leder@drammen.idehub.test'),
      await app.login('ansatt@drammen.idehub.test'),
      await app.login('agent@drammen.idehub.test'),
    ];
    const ids = await app.db.query(
      `(select id::text from suggestion limit 6) union all (select id::text from unit limit 3)
       union all (select id::text from person limit 3) union all (select id::text from focus_area limit 2)
       union all (select id::text from success_story limit 2) union all (select id::text from municipality limit 2)`,
    );
    realIds = ids.map((r: { id: string }) => r.id);
    const page = await app.gql('{ suggestions(first: 2) { pageInfo { endCursor } } }', {}, tokens[0]);
    realCursors = [page.data.suggestions.pageInfo.endCursor];
  }, 120_000);
  afterAll(() => app?.stop());

  /** A value for an input type: mostly hostile, sometimes real, sometimes null. */
  function valueOf(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
    const nullable = !isNonNullType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    let arbitrary: fc.Arbitrary<unknown>;
    if (isListType(inner)) {
      arbitrary = fc.array(valueOf(inner.ofType, name, depth + 1), { maxLength: 3 });
    } else if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      arbitrary =
        depth > 3
          ? fc.constant({})
          : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name, depth + 1)])), {
              requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
            });
    } else if (isEnumType(inner)) {
      arbitrary = fc.constantFrom(...inner.getValues().map((v) => v.value));
    } else if (isScalarType(inner)) {
      switch (inner.name) {
        case 'ID':
          arbitrary = fc.oneof(fc.constantFrom(...realIds), fc.constantFrom(...NOT_IDS), fc.uuid());
          break;
        case 'Int':
          arbitrary = fc.oneof(fc.integer({ min: -3, max: 400 }), fc.constantFrom(0, -1, 2147483647, -2147483648));
          break;
        case 'Float':
          arbitrary = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308));
          break;
        case 'Boolean':
          arbitrary = fc.boolean();
          break;
        case 'DateTime':
          arbitrary = fc.oneof(
            fc
              .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString()),
            fc.constantFrom(...NOT_DATES),
          );
          break;
        default:
          arbitrary = fc.oneof(
            fc.constantFrom(...HOSTILE_TEXT),
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.string({ maxLength: 200 }),
            /after|cursor/i.test(name)
              ? fc.constantFrom(...realCursors, ...NOT_IDS)
              : fc.constant('Et vanlig forslag om bedre rutiner'),
          );
      }
    } else {
      arbitrary = fc.constant(null);
    }
    return nullable ? fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary;
  }

  const operations = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields())
      .filter((f) => f.args.length > 0 && !NOT_FUZZED.has(f.name))
      .map((f) => [`${root}.${f.name}`, root, f] as [string, 'Query' | 'Mutation', GraphQLField<unknown, unknown>]),
  );

  function documentFor(root: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): string {
    const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${typeName(a.type)}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
    return `${root === 'Query' ? 'query' : 'mutation'} Fuzz(${vars}) { ${field.name}(${args})${selection} }`;
  }

  const internal: string[] = [];

  it.each(operations)('%s answers hostile arguments without an internal error', async (_name, root, field) => {
    const document = documentFor(root, field);
    const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, a.name)])));
    await fc.assert(
      fc.asyncProperty(args, fc.integer({ min: 0, max: tokens.length - 1 }), async (variables, who) => {
        const res = await app
          .http()
          .post('/graphql')
          .set('authorization', `Bearer ${tokens[who]}`)
          .send({ query: document, variables });
        const body = res.body as GraphQLResult;
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
          internal.push(
            `${field.name} ${JSON.stringify(variables).slice(0, 300)} → ${res.status} ${JSON.stringify(body.errors)}`,
          );
        }
        expect(res.status).toBeLessThan(500);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 12, seed: 9 },
    );
  });

  it('stored no bad row: no control characters, nothing untrimmed or blank', async () => {
    const checks: [string, string][] = [
      [
        'suggestion',
        `title !~ '^\\S(.*\\S)?$' or char_length(btrim(title)) < 5 or description ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]' or description <> btrim(description)`,
      ],
      [
        'suggestion_comment',
        `body <> btrim(body) or btrim(body) = '' or body ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'`,
      ],
      [
        'response',
        `message <> btrim(message) or char_length(btrim(message)) < 20 or message ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'`,
      ],
      ['focus_area', `title <> btrim(title) or btrim(title) = ''`],
      ['success_story', `title <> btrim(title) or btrim(title) = ''`],
    ];
    const bad: string[] = [];
    for (const [table, where] of checks) {
      const rows = await app.db.query(`select id from ${table} where ${where}`);
      if (rows.length)
        bad.push(`${table}: ${JSON.stringify(await app.db.query(`select * from ${table} where ${where} limit 2`))}`);
    }
    expect(bad).toEqual([]);
    expect(internal).toEqual([]);
  });

  describe('the cases from issue 9', () => {
    const submit = (title: string, description = 'En beskrivelse som er lang nok.') =>
      app.gql(
        'mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id title } }',
        { input: { unitId: realIds[6], title, description } },
        tokens[0],
      );

    it('refuses a NUL byte, a control character and a lone surrogate as BAD_USER_INPUT naming the field', async () => {
      for (const title of ['Bedre\u0000rutiner', 'Bedre\u001Brutiner', 'Bedre \uD800 rutiner']) {
        const res = await submit(title);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toContain('title');
      }
      const similar = await app.gql(
        'query($t: String!) { similarSuggestions(text: $t) { __typename } }',
        { t: 'med\u0000isin' },
        tokens[2],
      );
      expect(codeOf(similar)).toBe('BAD_USER_INPUT');
    });

    it('checks lengths after trimming and stores the trimmed text', async () => {
      expect(codeOf(await submit('      x      '))).toBe('BAD_USER_INPUT');
      const ok = await submit('   Bedre rutiner   ');
      expect(ok.errors).toBeUndefined();
      expect(ok.data.submitSuggestion.title).toBe('Bedre rutiner');
      const blank = await app.gql(
        'mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id } }',
        { input: { suggestionId: ok.data.submitSuggestion.id, message: ' '.repeat(20) } },
        tokens[0],
      );
      expect(['BAD_USER_INPUT', 'RESPONSE_REQUIRED']).toContain(codeOf(blank));
    });

    it('refuses an unparseable date in gainsDashboard', async () => {
      for (const from of ['not a date', '2026-13-45']) {
        const res = await app.gql(
          'query($f: GainsDashboardFilter) { gainsDashboard(filter: $f) { __typename } }',
          { f: { from } },
          tokens[3],
        );
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses a cursor or an id that is not one', async () => {
      for (const query of [
        '{ suggestions(after: "abc") { totalCount } }',
        '{ notifications(after: "abc") { totalCount } }',
        '{ auditLog(after: "abc") { totalCount } }',
        '{ successStories(after: "abc") { totalCount } }',
      ]) {
        expect(codeOf(await app.gql(query, {}, tokens[0]))).toBe('BAD_USER_INPUT');
      }
      const notId = await app.gql('{ suggestion(id: "abc") { id } }', {}, tokens[0]);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(notId) ?? 'NOT_FOUND');
      expect(codeOf(notId)).not.toBe('INTERNAL_SERVER_ERROR');
    });

    it('refuses markNotificationsRead(ids: null) and a subscription operation', async () => {
      const nullIds = await app.gql('mutation { markNotificationsRead(ids: null) }', {}, tokens[2]);
      expect(codeOf(nullIds)).toBe('BAD_USER_INPUT');
      expect(nullIds.errors![0].extensions!.fields).toEqual([{ field: 'ids', message: expect.any(String) }]);
      const subscription = await app.gql('subscription { me { id } }', {}, tokens[2]);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']).toContain(codeOf(subscription));
    });
  });
});
