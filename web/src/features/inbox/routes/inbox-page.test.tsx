import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import userEvent from '@testing-library/user-event';
import { INBOX_PAGE_SIZE, InboxQuery } from '../api/inbox';
import { InboxPage } from './inbox-page';

const HJEM = { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000002', name: 'Hjemmetjenesten' };
const TOP = { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000001', name: 'Helse og omsorg' };
const FJELL = { __typename: 'Unit', id: '00000000-0000-4000-8000-000000000003', name: 'Fjell sykehjem' };
const UNITS = [
  { ...TOP, parentId: null },
  { ...FJELL, parentId: TOP.id },
  { ...HJEM, parentId: TOP.id },
];

function suggestion(id: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Suggestion',
    id,
    title: `Forslag ${id}`,
    status: 'SUBMITTED',
    submittedAt: '2026-02-01T08:00:00.000Z',
    responseDueAt: '2026-03-20T08:00:00.000Z',
    overdue: false,
    escalatedAt: null,
    submitterName: 'Kari Ansatt',
    supportCount: 0,
    unit: { __typename: 'Unit', id: HJEM.id, name: HJEM.name },
    owedBy: [{ __typename: 'PersonRef', id: 'p2', name: 'Lise Leder' }],
    confidential: false,
    owner: null,
    ...extra,
  };
}

interface InboxData {
  open?: number;
  totalCount?: number;
  suggestions?: ReturnType<typeof suggestion>[];
  assignedToMe?: ReturnType<typeof suggestion>[];
  endCursor?: string | null;
}

/** One answer of the server to one set of variables (it may be asked again: cache-and-network). */
function inboxMock(filter: Record<string, unknown>, data: InboxData, after?: string) {
  const suggestions = data.suggestions ?? [];
  return {
    request: { query: InboxQuery, variables: { filter, first: INBOX_PAGE_SIZE, ...(after ? { after } : {}) } },
    maxUsageCount: 10,
    result: {
      data: {
        inbox: {
          __typename: 'Inbox',
          open: data.open ?? 120,
          overdue: 7,
          dueSoon: 9,
          unanswered: 30,
          totalCount: data.totalCount ?? suggestions.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(data.endCursor), endCursor: data.endCursor ?? null },
          units: UNITS,
          suggestions,
          assignedToMe: data.assignedToMe ?? [],
        },
      },
    },
  };
}

const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('InboxPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows the server’s counts (the whole inbox) and its order, and says when there are more', async () => {
    const mocks = [
      inboxMock(
        {},
        { open: 103, totalCount: 103, suggestions: [suggestion('late', { overdue: true }), suggestion('soon')] },
      ),
    ];
    renderWithProviders(<InboxPage />, { mocks });
    const counts = await screen.findByRole('list', { name: 'Oversikt' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['103åpne forslag', '7over fristen', '9frist innen 7 dager', '30ikke besvart ennå']);
    expect(titles()).toEqual(['Forslag late', 'Forslag soon']);
    expect(screen.getByText('Viser de 2 første av 103 åpne forslag.')).toBeInTheDocument();
  });

  it.each([
    ['nb', 'Enhet', 'Over fristen', 'Frist innen 7 dager', 'Tildelt meg', 'Fortrolige', 'Fortrolig', 'Fjern filtrene'],
    ['en', 'Unit', 'Overdue', 'Due within 7 days', 'Assigned to me', 'Confidential', 'Confidential', 'Clear filters'],
  ])(
    'sends each filter to the server, keeps them in the address, and shows what the server found (%s)',
    async (language, unitLabel, overdueLabel, weekLabel, mineLabel, confidentialLabel, mark, clearLabel) => {
      await i18n.changeLanguage(language);
      const user = userEvent.setup();
      const mocks = [
        // The link carried «fortrolige»: the first request already asks for the confidential ones only.
        inboxMock({ confidential: true }, { suggestions: [suggestion('secret', { confidential: true })] }),
        inboxMock({ confidential: true, overdue: true }, { suggestions: [] }),
        inboxMock({ overdue: true }, { suggestions: [suggestion('late', { overdue: true })] }),
        inboxMock({ overdue: true, unitId: TOP.id }, { totalCount: 60, suggestions: [suggestion('top-late')] }),
        inboxMock({ unitId: TOP.id }, { suggestions: [suggestion('top')] }),
        inboxMock({ unitId: TOP.id, dueWithinDays: 7 }, { suggestions: [suggestion('week')] }),
        inboxMock({ unitId: TOP.id, dueWithinDays: 7, assignedToMe: true }, { suggestions: [suggestion('mine')] }),
        inboxMock({}, { suggestions: [suggestion('all')] }),
      ];
      const { location } = renderWithProviders(<InboxPage />, {
        mocks,
        path: '/innboks',
        route: '/innboks?vis=fortrolige',
      });
      const search = () => decodeURIComponent(location().search);
      await waitFor(() => expect(titles()).toEqual(['Forslag secret']));
      expect(screen.getByRole('checkbox', { name: confidentialLabel })).toBeChecked();
      // «Fortrolig» in words on the confidential one.
      expect(screen.getByRole('heading', { name: 'Forslag secret' }).closest('li')).toHaveTextContent(mark);

      await user.click(screen.getByRole('checkbox', { name: overdueLabel }));
      await waitFor(() => expect(titles()).toEqual([]));
      expect(search()).toBe('?vis=over-fristen&vis=fortrolige');
      expect(
        screen.getByText(language === 'nb' ? 'Ingen forslag passer filtrene.' : 'No suggestions match the filters.'),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('checkbox', { name: confidentialLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag late']));

      // The unit choices are the server's units of this inbox; a unit with units below says so.
      const unit = screen.getByRole('combobox', { name: unitLabel });
      expect(
        within(unit)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(
        language === 'nb'
          ? ['Alle enheter', 'Helse og omsorg med enhetene under', 'Fjell sykehjem', 'Hjemmetjenesten']
          : ['All units', 'Helse og omsorg and the units below it', 'Fjell sykehjem', 'Hjemmetjenesten'],
      );
      await user.selectOptions(unit, TOP.id);
      await waitFor(() => expect(titles()).toEqual(['Forslag top-late']));
      expect(search()).toBe(`?enhet=${TOP.id}&vis=over-fristen`);
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
        language === 'nb'
          ? 'Viser 1 av 60 forslag som passer filtrene.'
          : 'Showing 1 of 60 suggestions that match the filters.',
      );

      await user.click(screen.getByRole('checkbox', { name: overdueLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag top']));
      await user.click(screen.getByRole('checkbox', { name: weekLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag week']));
      await user.click(screen.getByRole('checkbox', { name: mineLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag mine']));
      expect(search()).toBe(`?enhet=${TOP.id}&vis=frist-7-dager&vis=tildelt-meg`);

      await user.click(screen.getByRole('button', { name: clearLabel }));
      await waitFor(() => expect(titles()).toEqual(['Forslag all']));
      expect(search()).toBe('');
      expect(screen.getByRole('combobox', { name: unitLabel })).toHaveValue('');
    },
  );

  it('«Vis flere» fetches the next page of the same filter and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const mocks = [
      inboxMock({ overdue: true }, { totalCount: 2, suggestions: [suggestion('one')], endCursor: 'c1' }),
      inboxMock({ overdue: true }, { totalCount: 2, suggestions: [suggestion('two')] }, 'c1'),
    ];
    renderWithProviders(<InboxPage />, { mocks, path: '/innboks', route: '/innboks?vis=over-fristen' });
    await waitFor(() => expect(titles()).toEqual(['Forslag one']));
    expect(screen.getByText('Viser 1 av 2 forslag som passer filtrene.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis flere' }));
    await waitFor(() => expect(titles()).toEqual(['Forslag one', 'Forslag two']));
    expect(screen.getByRole('link', { name: 'Forslag two' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
    expect(screen.getByText('Viser 2 av 2 forslag som passer filtrene.')).toBeInTheDocument();
  });

  it('a link with a unit I do not answer for says so and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: InboxQuery, variables: { filter: { unitId: FJELL.id }, first: INBOX_PAGE_SIZE } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'unitId', message: 'is not one of …' }] },
            }),
          ],
        },
      },
      inboxMock({}, { suggestions: [suggestion('all')] }),
    ];
    const { location } = renderWithProviders(<InboxPage />, {
      mocks,
      path: '/innboks',
      route: `/innboks?enhet=${FJELL.id}`,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Enheten i lenken er ikke en av enhetene du svarer for.');
    await user.click(within(alert).getByRole('button', { name: 'Fjern filtrene' }));
    await waitFor(() => expect(titles()).toEqual(['Forslag all']));
    expect(location().search).toBe('');
  });

  it('shows «Tildelt meg» to a digital agent with an assigned suggestion, and not «Ingen åpne forslag»', async () => {
    const mocks = [inboxMock({}, { open: 0, assignedToMe: [suggestion('mine')] })];
    renderWithProviders(<InboxPage />, { mocks });
    const section = await screen.findByRole('region', { name: 'Tildelt meg' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Forslag mine' })).toBeInTheDocument();
    expect(screen.queryByText(/Ingen åpne forslag/)).not.toBeInTheDocument();
  });

  it('says «Tildelt meg» in English too', async () => {
    await i18n.changeLanguage('en');
    const mocks = [inboxMock({}, { open: 0, assignedToMe: [suggestion('mine')] })];
    renderWithProviders(<InboxPage />, { mocks });
    expect(await screen.findByRole('region', { name: 'Assigned to me' })).toBeInTheDocument();
  });
});
