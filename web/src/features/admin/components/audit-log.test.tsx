import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { AUDIT_PAGE_SIZE, AuditLogQuery } from '../api/audit-log';
import { AuditLog } from './audit-log';

function entry(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEntry',
    id,
    action: 'suggestion.response',
    entityType: 'suggestion',
    entityId: 's1',
    at: '2026-03-02T08:00:00.000Z',
    actorName: 'Lise Leder',
    actor: { __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' },
    before: JSON.stringify({ status: 'SUBMITTED', ownerId: null }),
    after: JSON.stringify({ status: 'UNDER_REVIEW', ownerId: null, responseId: 'r1' }),
    changes: [
      { __typename: 'AuditChange', field: 'responseId', before: null, after: '"r1"' },
      { __typename: 'AuditChange', field: 'status', before: '"SUBMITTED"', after: '"UNDER_REVIEW"' },
    ],
    references: [] as { __typename: 'AuditReference'; id: string; name: string }[],
    ...overrides,
  };
}

function page(nodes: ReturnType<typeof entry>[], hasNextPage: boolean, total: number, exact = true) {
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        totalCount: total,
        totalCountIsExact: exact,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
        edges: nodes.map((node) => ({ __typename: 'AuditEntryEdge', cursor: node.id, node })),
      },
    },
  };
}

describe('AuditLog', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows who did what in words, what changed, and the state before and after', async () => {
    const mocks = [
      {
        request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
        result: page(
          [
            entry('a1'),
            entry('a2', {
              action: 'suggestion.escalated',
              actor: null,
              actorName: 'system',
              before: JSON.stringify({ escalatedAt: null }),
              after: JSON.stringify({ escalatedAt: '2026-03-01T10:00:00.000Z', escalatedTo: ['Kari K'] }),
              changes: [{ __typename: 'AuditChange', field: 'escalatedTo', before: null, after: '["Kari K"]' }],
            }),
            entry('a3', { action: 'something.new', entityType: 'gadget', changes: [], before: null, after: null }),
          ],
          false,
          3,
        ),
      },
    ];
    renderWithProviders(<AuditLog />, { mocks });
    const table = await screen.findByRole('table');
    const [, response, escalation, unknown] = within(table).getAllByRole('row');
    expect(response).toHaveTextContent('Lise Leder');
    expect(response).toHaveTextContent('Svar på forslag');
    expect(within(response).getByRole('link', { name: 'Forslag' })).toHaveAttribute('href', '/forslag/s1');
    expect(response).toHaveTextContent('Status: fra «Innsendt» til «Under vurdering»');
    // Internal ids of answers are not a change a reader can use.
    expect(response).not.toHaveTextContent('Svar (id)');
    expect(within(response).getByText('Vis før og etter')).toBeInTheDocument();
    expect(response).toHaveTextContent('"status": "UNDER_REVIEW"');

    expect(escalation).toHaveTextContent('Systemet (fristkontrollen)');
    expect(escalation).toHaveTextContent('Sak løftet videre');
    expect(escalation).toHaveTextContent('Løftet til: fra «ingen» til «Kari K»');
    // An action the web does not know yet is shown as its code rather than hidden.
    expect(unknown).toHaveTextContent('something.new');
    expect(unknown).toHaveTextContent('Ingen endrede felt');
    expect(screen.getByText('Viser 3 av 3 hendelser')).toBeInTheDocument();
  });

  const AGENT = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';
  const assignment = entry('a9', {
    action: 'suggestion.assign',
    before: JSON.stringify({ status: 'SUBMITTED', ownerId: null }),
    after: JSON.stringify({ status: 'SUBMITTED', ownerId: AGENT }),
    changes: [{ __typename: 'AuditChange', field: 'ownerId', before: null, after: JSON.stringify(AGENT) }],
    references: [{ __typename: 'AuditReference', id: AGENT, name: 'Sofie Lund' }],
  });

  it.each([
    ['nb', 'Forslag tildelt', 'Ansvarlig for svar: fra «ingen» til «Sofie Lund»'],
    ['en', 'Suggestion assigned', 'Responsible for the answer: from “none” to “Sofie Lund”'],
  ])('names people instead of ids (%s)', async (language, action, change) => {
    await i18n.changeLanguage(language);
    renderWithProviders(<AuditLog />, {
      mocks: [
        {
          request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
          result: page([assignment], false, 1),
        },
      ],
    });
    const table = await screen.findByRole('table');
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent(action);
    expect(row).toHaveTextContent(change);
    expect(within(row).getByRole('list')).not.toHaveTextContent(AGENT);
  });

  it('fetches the next page on request', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
        result: page([entry('a1')], true, 2),
      },
      {
        request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE, after: 'a1' } },
        result: page([entry('a2', { action: 'municipality.settings', entityType: 'municipality' })], false, 2),
      },
    ];
    renderWithProviders(<AuditLog />, { mocks });
    expect(await screen.findByText('Viser 1 av 2 hendelser')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis flere hendelser' }));
    expect(await screen.findByText('Viser 2 av 2 hendelser')).toBeInTheDocument();
    expect(screen.getByText('Frister endret')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vis flere hendelser' })).not.toBeInTheDocument();
  });

  it.each([
    ['nb', 'Viser 1 av over 1 000 hendelser'],
    ['en', 'Showing 1 of over 1,000 events'],
  ])('says «over» when the log is too long to count exactly (%s)', async (language, text) => {
    await i18n.changeLanguage(language);
    renderWithProviders(<AuditLog />, {
      mocks: [
        {
          request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
          result: page([entry('a1')], true, 1000, false),
        },
      ],
    });
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
