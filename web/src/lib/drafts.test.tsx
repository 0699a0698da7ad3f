import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddCommentMutation } from '@/features/co-creation/api/add-comment';
import { CommentForm } from '@/features/co-creation/components/comment-form';
import { CreateSuccessStoryMutation } from '@/features/stories/api/create-success-story';
import { StoryEditorForm } from '@/features/stories/components/story-editor-form';
import { storyDetail } from '@/features/stories/test/story-factory';
import { RespondToSuggestionMutation } from '@/features/suggestions/api/respond-to-suggestion';
import { SubmitSuggestionMutation } from '@/features/suggestions/api/submit-suggestion';
import { RespondForm } from '@/features/suggestions/components/respond-form';
import { SubmitSuggestionForm } from '@/features/suggestions/components/submit-suggestion-form';
import i18n from '@/i18n/i18n';
import { useNavigationState } from '@/lib/navigation-state';
import { suggestionDetail } from '@/test/factories';
import { renderWithProviders } from '@/test/render';
import { clearDraft, DRAFT_MAX_AGE_MS, draftKey, loadDraft, pruneDrafts, saveDraft, text } from './drafts';

const expired = () => ({
  errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })],
});

/** Stands in for /logg-inn: shows where the sign-in page would bring the person back to. */
function LoginProbe() {
  const from = useNavigationState<{ from: string }>()?.from;
  return <p>Innlogging, tilbake til {from ?? '(ingen)'}</p>;
}

type Mocks = NonNullable<Parameters<typeof renderWithProviders>[1]>['mocks'];

function renderAt(ui: ReactElement, route: string, mocks: Mocks = []) {
  const path = route.split('?')[0];
  return renderWithProviders(ui, { path, route, mocks, extraRoutes: [{ path: '/logg-inn', element: <LoginProbe /> }] });
}

/** After a refusal for an ended session: the sentence, that the text is kept, and a link that comes back here. */
async function expectSignInAgain(user: ReturnType<typeof userEvent.setup>, backTo: string) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Du er ikke logget inn, eller økten har gått ut.');
  // Far from «Send» on a phone: focus goes to the message, so it is seen and read out.
  await waitFor(() => expect(alert).toHaveFocus());
  expect(alert).toHaveTextContent('Det du har skrevet, er tatt vare på i denne nettleseren.');
  const link = screen.getByRole('link', { name: 'Logg inn på nytt' });
  expect(link).toHaveAttribute('href', '/logg-inn');
  await user.click(link);
  expect(await screen.findByText(`Innlogging, tilbake til ${backTo}`)).toBeInTheDocument();
}

describe('drafts (lib/drafts)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
    window.localStorage.clear();
  });
  afterEach(() => {
    window.localStorage.clear();
    vi.useRealTimers();
  });

  it('keeps a draft per person: another person never reads it', () => {
    saveDraft('p1', 'comment', 's1', 'Mitt utkast');
    expect(loadDraft('p1', 'comment', 's1', text)).toBe('Mitt utkast');
    expect(loadDraft('p2', 'comment', 's1', text)).toBeNull();
    expect(loadDraft(null, 'comment', 's1', text)).toBeNull();
    expect(loadDraft('p1', 'comment', 's2', text)).toBeNull();
    clearDraft('p1', 'comment', 's1');
    expect(loadDraft('p1', 'comment', 's1', text)).toBeNull();
  });

  it('drops drafts (of anyone) older than the maximum age, and unreadable ones', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    saveDraft('p1', 'comment', 'old', 'Gammelt');
    window.localStorage.setItem(draftKey('p3', 'comment', 'broken'), '{not json');
    vi.setSystemTime(new Date(Date.now() + DRAFT_MAX_AGE_MS - 60_000));
    saveDraft('p2', 'comment', 'recent', 'Nytt');
    expect(loadDraft('p1', 'comment', 'old', text)).toBe('Gammelt');
    vi.setSystemTime(new Date(Date.now() + 120_000));
    pruneDrafts();
    expect(window.localStorage.getItem(draftKey('p1', 'comment', 'old'))).toBeNull();
    expect(window.localStorage.getItem(draftKey('p3', 'comment', 'broken'))).toBeNull();
    expect(loadDraft('p2', 'comment', 'recent', text)).toBe('Nytt');
    // Other things the web keeps (the language) are left alone.
    window.localStorage.setItem('idehub.language', 'en');
    pruneDrafts();
    expect(window.localStorage.getItem('idehub.language')).toBe('en');
  });

  describe('a new suggestion', () => {
    const units = [
      { id: 'u1', name: 'Hjemmetjenesten' },
      { id: 'u2', name: 'Fjell sykehjem' },
    ];
    const input = {
      unitId: 'u2',
      title: 'Felles medisinrom',
      description: 'Vi bruker mye tid på å lete etter medisiner.',
      confidential: true,
      hideName: false,
    };
    const form = (personId: string, onSubmitted = vi.fn()) => (
      <SubmitSuggestionForm units={units} defaultUnitId="u1" onSubmitted={onSubmitted} draftOwnerId={personId} />
    );

    it('survives an expired session, offers sign-in that comes back, and is gone once sent', async () => {
      const user = userEvent.setup();
      const first = renderAt(form('p1'), '/forslag/ny', [
        { request: { query: SubmitSuggestionMutation, variables: { input } }, result: expired() },
      ]);
      await user.selectOptions(screen.getByLabelText(/Enhet/), 'u2');
      await user.type(screen.getByLabelText(/Tittel/), input.title);
      await user.type(screen.getByLabelText(/Beskrivelse/), input.description);
      await user.click(screen.getByLabelText(/Fortrolig/));
      await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
      await expectSignInAgain(user, '/forslag/ny');
      first.unmount();

      // Another person on the same computer: an empty form.
      const other = renderAt(form('p2'), '/forslag/ny');
      expect(screen.getByLabelText(/Tittel/)).toHaveValue('');
      expect(screen.getByLabelText(/Enhet/)).toHaveValue('u1');
      other.unmount();

      const onSubmitted = vi.fn();
      renderAt(form('p1', onSubmitted), '/forslag/ny', [
        {
          request: { query: SubmitSuggestionMutation, variables: { input } },
          result: { data: { submitSuggestion: suggestionDetail({ id: 's7', title: input.title }) } },
        },
      ]);
      expect(screen.getByLabelText(/Tittel/)).toHaveValue(input.title);
      expect(screen.getByLabelText(/Beskrivelse/)).toHaveValue(input.description);
      expect(screen.getByLabelText(/Enhet/)).toHaveValue('u2');
      expect(screen.getByLabelText(/Fortrolig/)).toBeChecked();
      expect(screen.getByText('Vi har hentet fram det du skrev sist, men ikke fikk sendt.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Send inn forslaget' }));
      await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith({ id: 's7', title: input.title }));
      expect(window.localStorage.getItem(draftKey('p1', 'suggestion', 'new'))).toBeNull();
    });
  });

  it('«Forkast utkastet» empties the form and forgets the draft', async () => {
    const user = userEvent.setup();
    saveDraft('p1', 'suggestion', 'new', { unitId: 'u2', title: 'Gammel idé', description: 'Skrevet for lenge siden' });
    saveDraft('p1', 'comment', 's1', 'En gammel kommentar');
    renderAt(
      <>
        <SubmitSuggestionForm
          units={[
            { id: 'u1', name: 'Hjemmetjenesten' },
            { id: 'u2', name: 'Fjell sykehjem' },
          ]}
          defaultUnitId="u1"
          onSubmitted={vi.fn()}
          draftOwnerId="p1"
        />
        <CommentForm suggestionId="s1" draftOwnerId="p1" />
      </>,
      '/forslag/ny',
    );
    expect(screen.getByLabelText(/Tittel/)).toHaveValue('Gammel idé');
    expect(screen.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('En gammel kommentar');
    const [first, second] = screen.getAllByRole('button', { name: 'Forkast utkastet' });
    await user.click(first);
    expect(screen.getByLabelText(/Tittel/)).toHaveValue('');
    expect(screen.getByLabelText(/Beskrivelse/)).toHaveValue('');
    expect(screen.getByLabelText(/Enhet/)).toHaveValue('u1');
    expect(window.localStorage.getItem(draftKey('p1', 'suggestion', 'new'))).toBeNull();
    await user.click(second);
    expect(screen.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('');
    expect(window.localStorage.getItem(draftKey('p1', 'comment', 's1'))).toBeNull();
    expect(screen.queryByRole('button', { name: 'Forkast utkastet' })).not.toBeInTheDocument();
  });

  describe('an answer', () => {
    const MESSAGE = 'Vi prøver dette ut i sone 2 fra neste uke.';
    const variables = { input: { suggestionId: 's1', message: MESSAGE, status: 'UNDER_REVIEW', expectedVersion: 2 } };
    const form = (personId: string) => (
      <RespondForm suggestion={{ id: 's1', status: 'SUBMITTED', version: 2 }} draftOwnerId={personId} />
    );

    it('survives an expired session with its status choice, and is gone once sent', async () => {
      const user = userEvent.setup();
      const first = renderAt(form('leader'), '/forslag/s1', [
        { request: { query: RespondToSuggestionMutation, variables }, result: expired() },
      ]);
      await user.type(screen.getByRole('textbox', { name: /^Svar$/ }), MESSAGE);
      await user.click(screen.getByRole('radio', { name: 'Endre til «Under vurdering»' }));
      await user.click(screen.getByRole('button', { name: 'Send svaret' }));
      await expectSignInAgain(user, '/forslag/s1');
      first.unmount();

      const other = renderAt(form('someone-else'), '/forslag/s1');
      expect(screen.getByRole('textbox', { name: /^Svar$/ })).toHaveValue('');
      other.unmount();

      renderAt(form('leader'), '/forslag/s1', [
        {
          request: { query: RespondToSuggestionMutation, variables },
          result: { data: { respondToSuggestion: suggestionDetail({ status: 'UNDER_REVIEW', version: 3 }) } },
        },
      ]);
      expect(screen.getByRole('textbox', { name: /^Svar$/ })).toHaveValue(MESSAGE);
      expect(screen.getByRole('radio', { name: 'Endre til «Under vurdering»' })).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Send svaret' }));
      expect(await screen.findByText(/Svaret er sendt til innsenderen/)).toBeInTheDocument();
      expect(window.localStorage.getItem(draftKey('leader', 'response', 's1'))).toBeNull();
    });
  });

  describe('a comment', () => {
    const BODY = 'Vi har det samme problemet på natt.';
    const form = (personId: string) => <CommentForm suggestionId="s1" draftOwnerId={personId} />;

    it('survives an expired session, and is gone once sent', async () => {
      const user = userEvent.setup();
      const first = renderAt(form('p1'), '/forslag/s1?fane=kommentarer', [
        { request: { query: AddCommentMutation, variables: { suggestionId: 's1', body: BODY } }, result: expired() },
      ]);
      await user.type(screen.getByRole('textbox', { name: 'Skriv en kommentar' }), BODY);
      await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));
      // The search part of the address comes back too.
      await expectSignInAgain(user, '/forslag/s1?fane=kommentarer');
      first.unmount();

      const other = renderAt(form('p2'), '/forslag/s1');
      expect(screen.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('');
      other.unmount();

      renderAt(form('p1'), '/forslag/s1', [
        {
          request: { query: AddCommentMutation, variables: { suggestionId: 's1', body: BODY } },
          result: {
            data: {
              addComment: {
                __typename: 'Comment',
                id: 'c1',
                body: BODY,
                createdAt: '2026-03-02T09:00:00.000Z',
                authorName: 'Kari Ansatt',
                byMe: true,
                bySubmitter: false,
                author: { __typename: 'PersonRef', id: 'p1', name: 'Kari Ansatt' },
              },
            },
          },
        },
      ]);
      expect(screen.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue(BODY);
      await user.click(screen.getByRole('button', { name: 'Send kommentaren' }));
      expect(await screen.findByText('Kommentaren er lagt til.')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('');
      expect(window.localStorage.getItem(draftKey('p1', 'comment', 's1'))).toBeNull();
    });
  });

  describe('a story', () => {
    const input = {
      title: 'Medisindispenser hjemme',
      summary: 'Færre glemte doser og kortere morgenrunder.',
      problem: 'Glemte doser',
      solution: null,
      technology: [],
      lessons: null,
      trainingTips: null,
      contactPersonId: null,
      suggestionIds: [],
      gains: [{ category: 'RESOURCE_USE', description: 'Sparte tid på medisinrunden' }],
    };
    const form = (personId: string, onSaved = vi.fn()) => (
      <StoryEditorForm contacts={[]} suggestions={[]} onSaved={onSaved} draftOwnerId={personId} />
    );

    it('a new story survives an expired session with its gains, and is gone once saved', async () => {
      const user = userEvent.setup();
      const first = renderAt(form('agent'), '/historier/ny', [
        { request: { query: CreateSuccessStoryMutation, variables: { input } }, result: expired() },
      ]);
      await user.type(screen.getByLabelText(/^Tittel/), input.title);
      await user.type(screen.getByLabelText(/^Sammendrag/), input.summary);
      await user.type(screen.getByLabelText(/^Problemet/), input.problem);
      await user.selectOptions(screen.getByLabelText(/Type gevinst/), 'RESOURCE_USE');
      await user.type(screen.getByLabelText(/Beskrivelse av gevinsten/), 'Sparte tid på medisinrunden');
      await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));
      await expectSignInAgain(user, '/historier/ny');
      first.unmount();

      const other = renderAt(form('other'), '/historier/ny');
      expect(screen.getByLabelText(/^Tittel/)).toHaveValue('');
      other.unmount();

      const onSaved = vi.fn();
      renderAt(form('agent', onSaved), '/historier/ny', [
        {
          request: { query: CreateSuccessStoryMutation, variables: { input } },
          result: { data: { createSuccessStory: storyDetail({ id: 'st-new' }) } },
        },
      ]);
      expect(screen.getByLabelText(/^Tittel/)).toHaveValue(input.title);
      expect(screen.getByLabelText(/Type gevinst/)).toHaveValue('RESOURCE_USE');
      await user.click(screen.getByRole('button', { name: 'Lagre utkastet' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'st-new' }));
      expect(window.localStorage.getItem(draftKey('agent', 'story', 'new'))).toBeNull();
    });

    it('an edit of a story that someone saved since is not brought back over the newer story', async () => {
      const story = storyDetail({ id: 'st1', version: 4, canEdit: true });
      saveDraft('agent', 'story', 'st1', { version: 3, draft: { title: 'Gammel tittel fra utkast', gains: [] } });
      const stale = renderAt(
        <StoryEditorForm story={story} contacts={[]} suggestions={[]} onSaved={vi.fn()} draftOwnerId="agent" />,
        '/historier/st1/rediger',
      );
      expect(screen.getByLabelText(/^Tittel/)).toHaveValue(story.title);
      stale.unmount();
      saveDraft('agent', 'story', 'st1', { version: 4, draft: { title: 'Ny tittel fra utkast', gains: [] } });
      renderAt(
        <StoryEditorForm story={story} contacts={[]} suggestions={[]} onSaved={vi.fn()} draftOwnerId="agent" />,
        '/historier/st1/rediger',
      );
      expect(screen.getByLabelText(/^Tittel/)).toHaveValue('Ny tittel fra utkast');
    });
  });
});
