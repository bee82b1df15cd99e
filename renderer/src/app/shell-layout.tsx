import { useState } from 'react';
import { Alert, AppShell, NavLink as MantineNavLink, ScrollArea, Stack } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/staff/roles';
import { isBrowserBuild } from '../bridge/bridge';
import { hasRole, useSessionStore } from '../stores/session-store';
import { AppHeader, HEADER_MIN_HEIGHT } from './app-header';
import { routePaths } from './route-paths';
import { IMPORT_ROLES } from './screens/import-routes';
import { DATA_REQUEST_VIEWERS } from '@renderer/features/data-rights/data/deps';

interface NavItem {
  to: string;
  labelKey: string;
  role?: Role;
  /** Shown to holders of any of these roles. */
  anyRole?: readonly Role[];
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: routePaths.home, labelKey: 'nav.home' },
  { to: routePaths.beneficiaries.search, labelKey: 'nav.beneficiaries' },
  { to: routePaths.beneficiaries.import, labelKey: 'nav.import', anyRole: IMPORT_ROLES },
  { to: routePaths.requests.list, labelKey: 'nav.requests' },
  { to: routePaths.cases.list, labelKey: 'nav.cases' },
  { to: routePaths.compensation.list, labelKey: 'nav.compensation', anyRole: ['committee-member', 'manager', 'admin'] },
  { to: routePaths.dataRequests.list, labelKey: 'nav.dataRequests', anyRole: DATA_REQUEST_VIEWERS },
  { to: routePaths.dashboard, labelKey: 'nav.dashboard', anyRole: ['manager', 'admin'] },
  { to: routePaths.visits.list, labelKey: 'nav.visits' },
  { to: routePaths.surveys.home, labelKey: 'nav.surveys' },
  { to: routePaths.verify, labelKey: 'nav.verify' },
  { to: routePaths.policy, labelKey: 'nav.policy' },
  { to: routePaths.staff, labelKey: 'nav.staff', role: 'admin' },
  { to: routePaths.catalog, labelKey: 'nav.catalog', role: 'admin' },
  { to: routePaths.duplicates.list, labelKey: 'nav.duplicates', role: 'admin' },
  { to: routePaths.settings, labelKey: 'nav.settings', role: 'admin' },
  { to: routePaths.sync, labelKey: 'nav.sync' },
  { to: routePaths.about, labelKey: 'nav.about' },
];

export function ShellLayout() {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const items = NAV_ITEMS.filter((item) => (!item.role || hasRole(user, item.role)) && (!item.anyRole || item.anyRole.some((role) => hasRole(user, role))));
  // The header grows when its content wraps (app-header.tsx); the navbar and page move down with it.
  const [headerHeight, setHeaderHeight] = useState(HEADER_MIN_HEIGHT);
  return (
    <AppShell header={{ height: headerHeight }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <AppHeader onHeightChange={setHeaderHeight} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {/* An admin's menu is taller than a laptop screen: it scrolls on its own, the page stays put. */}
        <AppShell.Section grow component={ScrollArea} type="auto">
          <Stack gap={4}>
            {items.map((item) => (
              <MantineNavLink
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.to === routePaths.home}
                label={t(item.labelKey)}
                className="wasl-nav-link"
              />
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {isBrowserBuild() && (
          // Standing, not dismissible: the browser build's key sits in the profile beside the data (policy 6b).
          <Alert color="yellow" variant="light" mb="md" role="note" data-testid="browser-build-notice">
            {t('browserBuild.notice')}
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
