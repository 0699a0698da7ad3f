import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '@/features/auth/api/me';
import { PAGE_SIZE, SuggestionsQuery } from '@/features/suggestions/api/suggestions';
import { createCache } from './apollo-client';
import { FIRST_ANSWERS_ELEMENT_ID, writeFirstAnswers } from './first-answers';
import { FIRST_ANSWERS_PLAN } from './first-answers-plan';

/** A client whose every request fails the test: what is read must come from the cache. */
function offlineClient() {
  const link = new ApolloLink(() => new Observable(() => expect.fail('no request was expected')));
  return new ApolloClient({ link, cache: createCache() });
}

function pageWith(answers: unknown): Document {
  const doc = document.implementation.createHTMLDocument('Idéhub');
  const block = doc.createElement('script');
  block.type = 'application/json';
  block.id = FIRST_ANSWERS_ELEMENT_ID;
  block.textContent = typeof answers === 'string' ? answers : JSON.stringify(answers);
  doc.head.append(block);
  return doc;
}

const me = {
  me: {
    __typename: 'Person',
    id: 'p1',
    name: 'Kari Nordmann',
    email: 'ansatt@drammen.idehub.test',
    municipality: { __typename: 'Municipality', id: 'm1', name: 'Drammen kommune' },
    memberships: [],
  },
};
const suggestions = {
  suggestions: {
    __typename: 'SuggestionConnection',
    totalCount: 0,
    totalCountIsExact: true,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  },
};

describe('the first answers that come with the page', () => {
  it('asks /forslag’s first page with the variables the page asks it with', () => {
    const planned = FIRST_ANSWERS_PLAN['/forslag'].find((a) => a.operationName === 'Suggestions');
    expect(planned?.variables).toEqual({ filter: {}, first: PAGE_SIZE });
  });

  it('are in the cache before the first render, so the page asks for nothing', () => {
    const client = offlineClient();
    const written = writeFirstAnswers(
      client,
      pageWith([
        { operationName: 'Me', variables: {}, data: me },
        { operationName: 'Suggestions', variables: { filter: {}, first: PAGE_SIZE }, data: suggestions },
      ]),
    );
    expect(written).toBe(2);
    expect(client.readQuery({ query: MeQuery })).toEqual(me);
    // The list's cache policy (relay-style pages) reads its page info back in its own form.
    expect(client.readQuery({ query: SuggestionsQuery, variables: { filter: {}, first: PAGE_SIZE } })).toMatchObject({
      suggestions: { totalCount: 0, totalCountIsExact: true, edges: [], pageInfo: { hasNextPage: false } },
    });
  });

  it('skips what it does not know or cannot read; without the block nothing happens', () => {
    const client = offlineClient();
    expect(writeFirstAnswers(client, document.implementation.createHTMLDocument('x'))).toBe(0);
    expect(writeFirstAnswers(client, pageWith('{ not json'))).toBe(0);
    expect(
      writeFirstAnswers(
        client,
        pageWith([
          { operationName: 'DeleteEverything', variables: {}, data: { ok: true } },
          { operationName: 'Me', variables: {}, data: null },
          { operationName: 'Me', variables: {}, data: me },
        ]),
      ),
    ).toBe(1);
    expect(client.readQuery({ query: MeQuery })).toEqual(me);
  });
});
