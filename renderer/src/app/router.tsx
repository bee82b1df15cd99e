import { Navigate, createHashRouter, type RouteObject } from 'react-router';
import { RootRouteError, RouteError } from './route-error';
import { ShellLayout } from './shell-layout';
import { HomeScreen } from './screens/home-screen';
import { AboutScreen } from './screens/about-screen';
import { RequireRole } from './screens/require-role';
import { StaffRoute, SettingsRoute } from './screens/admin-routes';
import { SyncRoute } from './screens/sync-route';
import { BeneficiariesRoute, EditBeneficiaryRoute, NewBeneficiaryRoute } from './screens/beneficiary-routes';
import { BeneficiaryFileRoute, CatalogRoute, NewIntakeRoute, RequestRoute, RequestsRoute } from './screens/intake-routes';
import { PickBeneficiaryRoute } from './screens/pick-beneficiary-route';
import { VerifyDeclarationRoute } from './screens/declaration-routes';
import { DuplicatesRoute, MergeRoute } from './screens/duplicates-routes';

/** The screens inside the shell. Each gets its own error boundary (route-error.tsx): a failing screen leaves the shell up. */
const SCREENS: RouteObject[] = [
  { index: true, element: <HomeScreen /> },
  { path: 'beneficiaries', element: <BeneficiariesRoute /> },
  { path: 'beneficiaries/new', element: <NewBeneficiaryRoute /> },
  { path: 'beneficiaries/:id', element: <BeneficiaryFileRoute /> },
  { path: 'beneficiaries/:id/edit', element: <EditBeneficiaryRoute /> },
  { path: 'beneficiaries/:id/requests/new', element: <NewIntakeRoute /> },
  { path: 'requests', element: <RequestsRoute /> },
  { path: 'requests/new', element: <PickBeneficiaryRoute /> },
  { path: 'requests/:id', element: <RequestRoute /> },
  { path: 'catalog', element: <RequireRole role="admin"><CatalogRoute /></RequireRole> },
  { path: 'staff', element: <RequireRole role="admin"><StaffRoute /></RequireRole> },
  { path: 'settings', element: <RequireRole role="admin"><SettingsRoute /></RequireRole> },
  { path: 'duplicates', element: <RequireRole role="admin"><DuplicatesRoute /></RequireRole> },
  { path: 'duplicates/:first/:second', element: <RequireRole role="admin"><MergeRoute /></RequireRole> },
  { path: 'verify', element: <VerifyDeclarationRoute /> },
  { path: 'sync', element: <SyncRoute /> },
  { path: 'about', element: <AboutScreen /> },
  { path: '*', element: <Navigate to="/" replace /> },
];

const routes: RouteObject[] = [
  {
    path: '/',
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
