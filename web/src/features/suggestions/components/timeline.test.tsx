import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { Timeline, type TimelineResponse } from './timeline';

const responses: TimelineResponse[] = [
  {
    id: 'r1',
    kind: 'RESPONSE',
    message: 'Takk! Vi tar dette opp på personalmøtet.',
    previousStatus: 'SUBMITTED',
    status: 'UNDER_REVIEW',
    statusChanged: true,
    wasLate: false,
    createdAt: '2026-03-02T09:30:00.000Z',
    author: { name: 'Lise Leder' },
  },
  {
    id: 'r2',
    kind: 'RESPONSE',
    message: 'Vi har bestilt nye medisindispensere.',
    previousStatus: 'UNDER_REVIEW',
    status: 'UNDER_REVIEW',
    statusChanged: false,
    wasLate: true,
    createdAt: '2026-03-20T12:00:00.000Z',
    author: { name: 'Lise Leder' },
  },
  {
    id: 'r3',
    kind: 'RESPONSE',
    message: 'Besluttet: vi prøver ut dispenserne i sone 2.',
    previousStatus: 'UNDER_REVIEW',
    status: 'ACCEPTED',
    statusChanged: true,
    wasLate: false,
    createdAt: '2026-04-01T08:00:00.000Z',
    author: { name: 'Lise Leder' },
  },
];

describe('Timeline', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('lists the submission and every response, oldest first, saying what changed in words', () => {
    render(
      <Timeline
        submittedAt="2026-03-01T10:00:00.000Z"
        submitterName="Ansatt i Hjemmetjenesten"
        responses={responses}
      />,
    );
    const list = screen.getByRole('list');
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toHaveTextContent('Sendt inn av Ansatt i Hjemmetjenesten');
    expect(entries[1]).toHaveTextContent('Status endret fra «Innsendt» til «Under vurdering»');
    expect(entries[1]).toHaveTextContent('Takk! Vi tar dette opp på personalmøtet.');
    expect(entries[1]).toHaveTextContent('Lise Leder');
    expect(entries[2]).toHaveTextContent('Oppdatering uten statusendring');
    expect(entries[2]).toHaveTextContent('Kom etter fristen');
    expect(entries[3]).toHaveTextContent('Status endret fra «Under vurdering» til «Besluttet gjennomført»');
  });

  it('«Ikke nå»: says until when an answer parked it, and the new date when one moved it', async () => {
    const parking: TimelineResponse[] = [
      {
        ...responses[0],
        id: 'p1',
        status: 'PARKED',
        reviewOn: '2026-09-01T05:00:00.000Z',
        message: 'Ikke nå: vi venter på anbudet.',
      },
      {
        ...responses[1],
        id: 'p2',
        previousStatus: 'PARKED',
        status: 'PARKED',
        wasLate: false,
        reviewOn: '2026-11-02T06:00:00.000Z',
        message: 'Anbudet er utsatt.',
      },
      { ...responses[1], id: 'p3', previousStatus: 'PARKED', status: 'PARKED', wasLate: false, reviewOn: null },
    ];
    const nb = render(<Timeline submittedAt="2026-03-01T10:00:00.000Z" submitterName="Kari" responses={parking} />);
    const entries = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(entries[1]).toHaveTextContent('Status endret fra «Innsendt» til «Ikke nå»');
    expect(entries[1]).toHaveTextContent('Vurderes på nytt 1. sep. 2026.');
    expect(entries[2]).toHaveTextContent('Ny dato for «Ikke nå»');
    expect(entries[2]).toHaveTextContent('Vurderes på nytt 2. nov. 2026.');
    expect(entries[3]).toHaveTextContent('Oppdatering uten statusendring');
    expect(entries[3]).not.toHaveTextContent('Vurderes på nytt');
    nb.unmount();
    await i18n.changeLanguage('en');
    render(<Timeline submittedAt="2026-03-01T10:00:00.000Z" submitterName="Kari" responses={parking} />);
    expect(screen.getByText('New date for “Not now”')).toBeInTheDocument();
    expect(screen.getByText('To be looked at again on 2 Nov 2026.')).toBeInTheDocument();
  });

  it('formats dates for the language and marks them up as machine-readable times', () => {
    render(<Timeline submittedAt="2026-03-01T10:00:00.000Z" submitterName="Kari" responses={responses} />);
    const times = document.querySelectorAll('time');
    expect(times[1]).toHaveAttribute('dateTime', '2026-03-02T09:30:00.000Z');
    expect(times[1].textContent).toMatch(/2\. mars 2026/);
  });

  it('speaks English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    render(<Timeline submittedAt="2026-03-01T10:00:00.000Z" submitterName="Kari" responses={responses} />);
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(screen.getByText(/Status changed from “Submitted” to “Under review”/)).toBeInTheDocument();
    expect(document.querySelectorAll('time')[1].textContent).toMatch(/2 Mar 2026/);
  });

  it('names a merge and a withdrawal for what they are', () => {
    render(
      <Timeline
        submittedAt="2026-03-01T10:00:00.000Z"
        submitterName="Kari"
        responses={[
          { ...responses[0], id: 'm', kind: 'MERGE', status: 'MERGED', previousStatus: 'SUBMITTED' },
          { ...responses[0], id: 'w', kind: 'WITHDRAWAL', status: 'WITHDRAWN', previousStatus: 'SUBMITTED' },
        ]}
      />,
    );
    expect(screen.getByText(/Slått sammen med et annet forslag/)).toBeInTheDocument();
    expect(screen.getByText(/Trukket av innsenderen/)).toBeInTheDocument();
  });

  it('says so when nobody has answered yet', () => {
    render(<Timeline submittedAt="2026-03-01T10:00:00.000Z" submitterName="Kari" responses={[]} />);
    expect(screen.getByText('Ingen svar ennå.')).toBeInTheDocument();
  });
});
