import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useCaseRouting } from '../hooks/use-case-routing';
import { CaseClocksSection } from './case-clocks-section';
import { DelegationsSection } from './delegations-section';
import { LiaisonMatrix } from './liaison-matrix';

/** Who receives the cases (policy 3.7a): the liaison matrix with its gaps, the delegations, and each kind's clock. */
export function CaseRoutingPanel({ deps }: { deps: CatalogWriteDeps }) {
  const { t } = useTranslation();
  const routing = useCaseRouting(deps.db);
  if (!routing) return <Loader aria-label={t('caseRouting.loading')} />;
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">{t('caseRouting.intro')}</Text>
      <LiaisonMatrix deps={deps} routing={routing} />
      <DelegationsSection deps={deps} routing={routing} />
      <CaseClocksSection deps={deps} />
    </Stack>
  );
}
