import type { RouteObject } from 'react-router';
import { AdminPage } from '@/features/admin/routes/admin-page';
import { MyDataPage } from '@/features/org-admin/routes/my-data-page';
import { PeoplePage } from '@/features/org-admin/routes/people-page';
import { UnitsPage } from '@/features/org-admin/routes/units-page';
import { LoginPage } from '@/features/auth/routes/login-page';
import { HomePage } from '@/features/home/routes/home-page';
import { InboxPage } from '@/features/inbox/routes/inbox-page';
import { MetricsPage } from '@/features/metrics/routes/metrics-page';
import { NotificationsPage } from '@/features/notifications/routes/notifications-page';
import { PersonPage } from '@/features/co-creation/routes/person-page';
import { FocusAreasPage } from '@/features/focus-areas/routes/focus-areas-page';
import { GainsPage } from '@/features/stories/routes/gains-page';
import { StoriesPage } from '@/features/stories/routes/stories-page';
import { StoryEditorPage } from '@/features/stories/routes/story-editor-page';
import { StoryPage } from '@/features/stories/routes/story-page';
import { OrgImportPage } from '@/features/org-import/routes/org-import-page';
import { SignInSettingsPage } from '@/features/sso/routes/sign-in-settings-page';
import { NewSuggestionPage } from '@/features/suggestions/routes/new-suggestion-page';
import { SuggestionPage } from '@/features/suggestions/routes/suggestion-page';
import { SuggestionsPage } from '@/features/suggestions/routes/suggestions-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

/** Every route of the API contract («Web routes»). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/logg-inn', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/forslag', element: <SuggestionsPage /> },
          { path: '/forslag/ny', element: <NewSuggestionPage /> },
          { path: '/forslag/:id', element: <SuggestionPage /> },
          { path: '/innboks', element: <InboxPage /> },
          { path: '/varsler', element: <NotificationsPage /> },
          { path: '/statistikk', element: <MetricsPage /> },
          { path: '/admin', element: <AdminPage /> },
          { path: '/admin/enheter', element: <UnitsPage /> },
          { path: '/admin/personer', element: <PeoplePage /> },
          { path: '/mine-data', element: <MyDataPage /> },
          { path: '/admin/import', element: <OrgImportPage /> },
          { path: '/admin/innlogging', element: <SignInSettingsPage /> },
          // Co-creation and success stories.
          { path: '/historier', element: <StoriesPage /> },
          { path: '/historier/ny', element: <StoryEditorPage /> },
          { path: '/historier/:id', element: <StoryPage /> },
          { path: '/historier/:id/rediger', element: <StoryEditorPage /> },
          { path: '/gevinster', element: <GainsPage /> },
          { path: '/innsatsomrader', element: <FocusAreasPage /> },
          { path: '/personer/:id', element: <PersonPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
