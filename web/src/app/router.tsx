import { type ComponentType, lazy } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './layout';
import { RequireAuth } from './require-auth';

/**
 * A page loaded on first visit (its own chunk), with React.lazy: the first load of /forslag carries
 * only the shell and the suggestions page, and charts load only on the pages that show them. While a
 * page's chunk loads, the layout's Suspense boundary shows «Laster …».
 */
const page = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  lazy(async () => ({ default: pick(await load()) }));

const LoginPage = page(
  () => import('@/features/auth/routes/login-page'),
  (m) => m.LoginPage,
);
const ChoosePasswordPage = page(
  () => import('@/features/password-links/routes/choose-password-page'),
  (m) => m.ChoosePasswordPage,
);
const HomePage = page(
  () => import('@/features/home/routes/home-page'),
  (m) => m.HomePage,
);
const SuggestionsPage = page(
  () => import('@/features/suggestions/routes/suggestions-page'),
  (m) => m.SuggestionsPage,
);
const NewSuggestionPage = page(
  () => import('@/features/suggestions/routes/new-suggestion-page'),
  (m) => m.NewSuggestionPage,
);
const SuggestionPage = page(
  () => import('@/features/suggestions/routes/suggestion-page'),
  (m) => m.SuggestionPage,
);
const InboxPage = page(
  () => import('@/features/inbox/routes/inbox-page'),
  (m) => m.InboxPage,
);
const NotificationsPage = page(
  () => import('@/features/notifications/routes/notifications-page'),
  (m) => m.NotificationsPage,
);
const MetricsPage = page(
  () => import('@/features/metrics/routes/metrics-page'),
  (m) => m.MetricsPage,
);
const AdminPage = page(
  () => import('@/features/admin/routes/admin-page'),
  (m) => m.AdminPage,
);
const UnitsPage = page(
  () => import('@/features/org-admin/routes/units-page'),
  (m) => m.UnitsPage,
);
const PeoplePage = page(
  () => import('@/features/org-admin/routes/people-page'),
  (m) => m.PeoplePage,
);
const OrgImportPage = page(
  () => import('@/features/org-import/routes/org-import-page'),
  (m) => m.OrgImportPage,
);
const SignInSettingsPage = page(
  () => import('@/features/sso/routes/sign-in-settings-page'),
  (m) => m.SignInSettingsPage,
);
const MyDataPage = page(
  () => import('@/features/org-admin/routes/my-data-page'),
  (m) => m.MyDataPage,
);
const StoriesPage = page(
  () => import('@/features/stories/routes/stories-page'),
  (m) => m.StoriesPage,
);
const StoryEditorPage = page(
  () => import('@/features/stories/routes/story-editor-page'),
  (m) => m.StoryEditorPage,
);
const StoryPage = page(
  () => import('@/features/stories/routes/story-page'),
  (m) => m.StoryPage,
);
const GainsPage = page(
  () => import('@/features/stories/routes/gains-page'),
  (m) => m.GainsPage,
);
const FocusAreasPage = page(
  () => import('@/features/focus-areas/routes/focus-areas-page'),
  (m) => m.FocusAreasPage,
);
const UnitDigestPage = page(
  () => import('@/features/unit-digest/routes/unit-digest-page'),
  (m) => m.UnitDigestPage,
);
const PersonPage = page(
  () => import('@/features/co-creation/routes/person-page'),
  (m) => m.PersonPage,
);
const NotFoundPage = page(
  () => import('./not-found-page'),
  (m) => m.NotFoundPage,
);

/**
 * Every route of the API contract («Web routes»), with wouter: a `Switch` takes the first route whose
 * path matches (so `/forslag/ny` comes before `/forslag/:id`), without regard to case and with or
 * without a trailing slash, as react-router did. The layout and the sign-in guard wrap the pages
 * (react-router's layout routes and `Outlet`); a page keeps its state when only its parameters change.
 */
export function AppRoutes() {
  return (
    <Layout>
      <Switch>
        <Route path="/logg-inn">
          <LoginPage />
        </Route>
        <Route path="/velg-passord">
          <ChoosePasswordPage />
        </Route>
        <Route>
          <RequireAuth>
            <Switch>
              <Route path="/">
                <HomePage />
              </Route>
              <Route path="/forslag">
                <SuggestionsPage />
              </Route>
              <Route path="/forslag/ny">
                <NewSuggestionPage />
              </Route>
              <Route path="/forslag/:id">
                <SuggestionPage />
              </Route>
              <Route path="/innboks">
                <InboxPage />
              </Route>
              <Route path="/varsler">
                <NotificationsPage />
              </Route>
              <Route path="/statistikk">
                <MetricsPage />
              </Route>
              <Route path="/admin">
                <AdminPage />
              </Route>
              <Route path="/admin/enheter">
                <UnitsPage />
              </Route>
              <Route path="/admin/personer">
                <PeoplePage />
              </Route>
              <Route path="/admin/import">
                <OrgImportPage />
              </Route>
              <Route path="/admin/innlogging">
                <SignInSettingsPage />
              </Route>
              <Route path="/mine-data">
                <MyDataPage />
              </Route>
              {/* Co-creation and success stories. */}
              <Route path="/historier">
                <StoriesPage />
              </Route>
              <Route path="/historier/ny">
                <StoryEditorPage />
              </Route>
              <Route path="/historier/:id">
                <StoryPage />
              </Route>
              <Route path="/historier/:id/rediger">
                <StoryEditorPage />
              </Route>
              <Route path="/gevinster">
                <GainsPage />
              </Route>
              <Route path="/innsatsomrader">
                <FocusAreasPage />
              </Route>
              <Route path="/enheter/:id/resultater">
                <UnitDigestPage />
              </Route>
              <Route path="/personer/:id">
                <PersonPage />
              </Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </RequireAuth>
        </Route>
      </Switch>
    </Layout>
  );
}
