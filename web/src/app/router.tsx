import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
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
 * Every route of the API contract («Web routes»), in react-router's declarative mode (no data router:
 * nothing here uses loaders, actions or route error elements, and its APIs weigh twice as much).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/logg-inn" element={<LoginPage />} />
        <Route path="/velg-passord" element={<ChoosePasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/forslag" element={<SuggestionsPage />} />
          <Route path="/forslag/ny" element={<NewSuggestionPage />} />
          <Route path="/forslag/:id" element={<SuggestionPage />} />
          <Route path="/innboks" element={<InboxPage />} />
          <Route path="/varsler" element={<NotificationsPage />} />
          <Route path="/statistikk" element={<MetricsPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/admin/enheter" element={<UnitsPage />} />
          <Route path="/admin/personer" element={<PeoplePage />} />
          <Route path="/admin/import" element={<OrgImportPage />} />
          <Route path="/admin/innlogging" element={<SignInSettingsPage />} />
          <Route path="/mine-data" element={<MyDataPage />} />
          {/* Co-creation and success stories. */}
          <Route path="/historier" element={<StoriesPage />} />
          <Route path="/historier/ny" element={<StoryEditorPage />} />
          <Route path="/historier/:id" element={<StoryPage />} />
          <Route path="/historier/:id/rediger" element={<StoryEditorPage />} />
          <Route path="/gevinster" element={<GainsPage />} />
          <Route path="/innsatsomrader" element={<FocusAreasPage />} />
          <Route path="/enheter/:id/resultater" element={<UnitDigestPage />} />
          <Route path="/personer/:id" element={<PersonPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
