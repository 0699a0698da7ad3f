import type { RouteObject } from 'react-router';
import { PlaceholderPage } from '@/components/placeholder-page';
import { AdminPage } from '@/features/admin/routes/admin-page';
import { LoginPage } from '@/features/auth/routes/login-page';
import { HomePage } from '@/features/home/routes/home-page';
import { InboxPage } from '@/features/inbox/routes/inbox-page';
import { NotificationsPage } from '@/features/notifications/routes/notifications-page';
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
          { path: '/statistikk', element: <PlaceholderPage titleKey="metrics.title" /> },
          { path: '/admin', element: <AdminPage /> },
          // Co-creation and success stories come with a later issue.
          { path: '/historier', element: <PlaceholderPage titleKey="nav.stories" /> },
          { path: '/historier/:id', element: <PlaceholderPage titleKey="stories.storyTitle" /> },
          { path: '/gevinster', element: <PlaceholderPage titleKey="nav.gains" /> },
          { path: '/innsatsomrader', element: <PlaceholderPage titleKey="nav.focusAreas" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
