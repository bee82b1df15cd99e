import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { RequestTypesPanel } from './request-types-panel';
import { UnitsPanel } from './units-panel';
import { HolidaysPanel } from './holidays-panel';
import { CategoriesPanel } from './categories-panel';
import { CaseRoutingPanel } from './case-routing-panel';
import { PrivacyNoticePanel } from './privacy-notice-panel';
import type { SheetMaker } from '@renderer/components/pdf-download-button';
import '@renderer/styles/intake.css';

/**
 * Admin only (the route checks): request types (with their requirements sheet), competent units,
 * beneficiary categories, the holiday table, who receives the cases (liaison matrix, delegations), and
 * the privacy notice's versions.
 */
export function CatalogScreen({ deps, sheet = null }: { deps: CatalogWriteDeps; sheet?: SheetMaker | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('catalogAdmin.title')}
      </Title>
      <Tabs defaultValue="types" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="types">{t('catalogAdmin.tabs.types')}</Tabs.Tab>
          <Tabs.Tab value="units">{t('catalogAdmin.tabs.units')}</Tabs.Tab>
          <Tabs.Tab value="categories">{t('catalogAdmin.tabs.categories')}</Tabs.Tab>
          <Tabs.Tab value="holidays">{t('catalogAdmin.tabs.holidays')}</Tabs.Tab>
          <Tabs.Tab value="case-routing">{t('caseRouting.tab')}</Tabs.Tab>
          <Tabs.Tab value="privacy-notice">{t('consent.notice.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="types" pt="md">
          <RequestTypesPanel deps={deps} sheet={sheet} />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel deps={deps} />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <CategoriesPanel deps={deps} />
        </Tabs.Panel>
        <Tabs.Panel value="holidays" pt="md">
          <HolidaysPanel deps={deps} />
        </Tabs.Panel>
        <Tabs.Panel value="case-routing" pt="md">
          <CaseRoutingPanel deps={deps} />
        </Tabs.Panel>
        <Tabs.Panel value="privacy-notice" pt="md">
          <PrivacyNoticePanel deps={deps} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
