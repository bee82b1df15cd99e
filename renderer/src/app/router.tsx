import { Navigate, createHashRouter, type RouteObject } from 'react-router';
import { RootRouteError, RouteError } from './route-error';
import { ShellLayout } from './shell-layout';
import { HomeScreen } from './screens/home-screen';
import { AboutScreen } from './screens/about-screen';
import { RequireRole } from './screens/require-role';
import { StaffRoute, SettingsRoute } from './screens/admin-routes';
import { SyncRoute } from './screens/sync-route';
import { DashboardRoute } from './screens/dashboard-route';
import { PolicyRoute } from './screens/policy-route';
import { BeneficiariesRoute, EditBeneficiaryRoute, NewBeneficiaryRoute } from './screens/beneficiary-routes';
import { BeneficiaryFileRoute, CatalogRoute, NewIntakeRoute, RequestRoute, RequestsRoute } from './screens/intake-routes';
import { ImportRoute } from './screens/import-routes';
import { PickBeneficiaryRoute } from './screens/pick-beneficiary-route';
import { VerifyDeclarationRoute } from './screens/declaration-routes';
import { DuplicatesRoute, MergeRoute } from './screens/duplicates-routes';
import { CaseRoute, CasesFollowUpRoute, CasesInformChangesRoute, CasesRoute, NewCaseRoute } from './screens/cases-routes';
import { CompensationListRoute, CompensationRoute } from './screens/compensation-routes';
import { VisitRoute, VisitsRoute } from './screens/visits-routes';
import { DataRequestRoute, DataRequestsRoute, NewDataRequestRoute, RetentionRoute } from './screens/data-requests-routes';
import { DATA_REQUEST_OPENERS, DATA_REQUEST_VIEWERS } from '@renderer/features/data-rights/data/deps';
import { NewCampaignRoute, QuestionnaireRoute, SurveyResultsRoute, SurveyTasksRoute, SurveysRoute } from './screens/surveys-routes';
import { routePaths, routePatterns } from './route-paths';
import { DASHBOARD_ROLES } from '@renderer/features/dashboard/data/deps';

/** The screens inside the shell. Each gets its own error boundary (route-error.tsx): a failing screen leaves the shell up. */
const SCREENS: RouteObject[] = [
  { index: true, element: <HomeScreen /> },
  { path: routePatterns.beneficiaries, element: <BeneficiariesRoute /> },
  { path: routePatterns.newBeneficiary, element: <NewBeneficiaryRoute /> },
  { path: routePatterns.importBeneficiaries, element: <ImportRoute /> },
  { path: routePatterns.beneficiary, element: <BeneficiaryFileRoute /> },
  { path: routePatterns.editBeneficiary, element: <EditBeneficiaryRoute /> },
  { path: routePatterns.newRequest, element: <NewIntakeRoute /> },
  { path: routePatterns.requests, element: <RequestsRoute /> },
  { path: routePatterns.pickBeneficiary, element: <PickBeneficiaryRoute /> },
  { path: routePatterns.request, element: <RequestRoute /> },
  { path: routePatterns.cases, element: <CasesRoute /> },
  { path: routePatterns.newCase, element: <NewCaseRoute /> },
  { path: routePatterns.casesFollowUp, element: <CasesFollowUpRoute /> },
  { path: routePatterns.casesInformChanges, element: <CasesInformChangesRoute /> },
  { path: routePatterns.case, element: <CaseRoute /> },
  { path: routePatterns.compensationList, element: <CompensationListRoute /> },
  { path: routePatterns.compensation, element: <CompensationRoute /> },
  { path: routePatterns.dataRequests, element: <RequireRole role={DATA_REQUEST_VIEWERS}><DataRequestsRoute /></RequireRole> },
  { path: routePatterns.newDataRequest, element: <RequireRole role={DATA_REQUEST_OPENERS}><NewDataRequestRoute /></RequireRole> },
  { path: routePatterns.retention, element: <RequireRole role="admin"><RetentionRoute /></RequireRole> },
  { path: routePatterns.dataRequest, element: <RequireRole role={DATA_REQUEST_VIEWERS}><DataRequestRoute /></RequireRole> },
  { path: routePatterns.dashboard, element: <RequireRole role={DASHBOARD_ROLES}><DashboardRoute /></RequireRole> },
  { path: routePatterns.visits, element: <VisitsRoute /> },
  { path: routePatterns.visit, element: <VisitRoute /> },
  { path: routePatterns.surveys, element: <SurveysRoute /> },
  { path: routePatterns.newQuestionnaire, element: <QuestionnaireRoute /> },
  { path: routePatterns.questionnaire, element: <QuestionnaireRoute /> },
  { path: routePatterns.newCampaign, element: <NewCampaignRoute /> },
  { path: routePatterns.surveyTasks, element: <SurveyTasksRoute /> },
  { path: routePatterns.surveyResults, element: <SurveyResultsRoute /> },
  { path: routePatterns.catalog, element: <RequireRole role="admin"><CatalogRoute /></RequireRole> },
  { path: routePatterns.policy, element: <PolicyRoute /> },
  { path: routePatterns.staff, element: <RequireRole role="admin"><StaffRoute /></RequireRole> },
  { path: routePatterns.settings, element: <RequireRole role="admin"><SettingsRoute /></RequireRole> },
  { path: routePatterns.duplicates, element: <RequireRole role="admin"><DuplicatesRoute /></RequireRole> },
  { path: routePatterns.duplicatePair, element: <RequireRole role="admin"><MergeRoute /></RequireRole> },
  { path: routePatterns.verify, element: <VerifyDeclarationRoute /> },
  { path: routePatterns.sync, element: <SyncRoute /> },
  { path: routePatterns.about, element: <AboutScreen /> },
  { path: '*', element: <Navigate to={routePaths.home} replace /> },
];

const routes: RouteObject[] = [
  {
    path: routePaths.home,
    element: <ShellLayout />,
    errorElement: <RootRouteError />,
    children: SCREENS.map((screen) => ({ ...screen, errorElement: <RouteError /> }) as RouteObject),
  },
];

/**
 * Hash routing: the app is served from one HTML file (app:// or the static server), so the
 * path never has to resolve on the server side.
 */
export const router = createHashRouter(routes);
