import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RequireAuth } from './require-auth';

/**
 * A route whose page is loaded on first visit (its own chunk): the first load of /forslag
 * carries only the shell and the suggestions page, and charts load only on the pages that show them.
 */
const page =
  <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType): RouteObject['lazy'] =>
  async () => ({ Component: pick(await load()) });

/** Every route of the API contract («Web routes»). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: '/logg-inn',
        lazy: page(
          () => import('@/features/auth/routes/login-page'),
          (m) => m.LoginPage,
        ),
      },
      {
        path: '/velg-passord',
        lazy: page(
          () => import('@/features/password-links/routes/choose-password-page'),
          (m) => m.ChoosePasswordPage,
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            index: true,
            lazy: page(
              () => import('@/features/home/routes/home-page'),
              (m) => m.HomePage,
            ),
          },
          {
            path: '/forslag',
            lazy: page(
              () => import('@/features/suggestions/routes/suggestions-page'),
              (m) => m.SuggestionsPage,
            ),
          },
          {
            path: '/forslag/ny',
            lazy: page(
              () => import('@/features/suggestions/routes/new-suggestion-page'),
              (m) => m.NewSuggestionPage,
            ),
          },
          {
            path: '/forslag/:id',
            lazy: page(
              () => import('@/features/suggestions/routes/suggestion-page'),
              (m) => m.SuggestionPage,
            ),
          },
          {
            path: '/innboks',
            lazy: page(
              () => import('@/features/inbox/routes/inbox-page'),
              (m) => m.InboxPage,
            ),
          },
          {
            path: '/varsler',
            lazy: page(
              () => import('@/features/notifications/routes/notifications-page'),
              (m) => m.NotificationsPage,
            ),
          },
          {
            path: '/statistikk',
            lazy: page(
              () => import('@/features/metrics/routes/metrics-page'),
              (m) => m.MetricsPage,
            ),
          },
          {
            path: '/admin',
            lazy: page(
              () => import('@/features/admin/routes/admin-page'),
              (m) => m.AdminPage,
            ),
          },
          {
            path: '/admin/enheter',
            lazy: page(
              () => import('@/features/org-admin/routes/units-page'),
              (m) => m.UnitsPage,
            ),
          },
          {
            path: '/admin/personer',
            lazy: page(
              () => import('@/features/org-admin/routes/people-page'),
              (m) => m.PeoplePage,
            ),
          },
          {
            path: '/admin/import',
            lazy: page(
              () => import('@/features/org-import/routes/org-import-page'),
              (m) => m.OrgImportPage,
            ),
          },
          {
            path: '/admin/innlogging',
            lazy: page(
              () => import('@/features/sso/routes/sign-in-settings-page'),
              (m) => m.SignInSettingsPage,
            ),
          },
          {
            path: '/mine-data',
            lazy: page(
              () => import('@/features/org-admin/routes/my-data-page'),
              (m) => m.MyDataPage,
            ),
          },
          // Co-creation and success stories.
          {
            path: '/historier',
            lazy: page(
              () => import('@/features/stories/routes/stories-page'),
              (m) => m.StoriesPage,
            ),
          },
          {
            path: '/historier/ny',
            lazy: page(
              () => import('@/features/stories/routes/story-editor-page'),
              (m) => m.StoryEditorPage,
            ),
          },
          {
            path: '/historier/:id',
            lazy: page(
              () => import('@/features/stories/routes/story-page'),
              (m) => m.StoryPage,
            ),
          },
          {
            path: '/historier/:id/rediger',
            lazy: page(
              () => import('@/features/stories/routes/story-editor-page'),
              (m) => m.StoryEditorPage,
            ),
          },
          {
            path: '/gevinster',
            lazy: page(
              () => import('@/features/stories/routes/gains-page'),
              (m) => m.GainsPage,
            ),
          },
          {
            path: '/innsatsomrader',
            lazy: page(
              () => import('@/features/focus-areas/routes/focus-areas-page'),
              (m) => m.FocusAreasPage,
            ),
          },
          {
            path: '/enheter/:id/resultater',
            lazy: page(
              () => import('@/features/unit-digest/routes/unit-digest-page'),
              (m) => m.UnitDigestPage,
            ),
          },
          {
            path: '/personer/:id',
            lazy: page(
              () => import('@/features/co-creation/routes/person-page'),
              (m) => m.PersonPage,
            ),
          },
          {
            path: '*',
            lazy: page(
              () => import('./not-found-page'),
              (m) => m.NotFoundPage,
            ),
          },
        ],
      },
    ],
  },
];
