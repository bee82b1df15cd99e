import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchCasesOfBeneficiary, watchLiaisonOfFile, type CasesDeps } from '../data';
import { useCatalogKind, useLabelOf, useStaffNames } from '../hooks/use-catalog-kind';
import { CaseStatusBadge } from './case-badges';

type Props = { deps: CasesDeps; beneficiaryId: string; caseHref: (id: string) => string; onNew: () => void };

/**
 * On the beneficiary's file: their liaison officers by domain (policy 3.7a: the file names them; a gap
 * says the follow-up unit answers) and their cases, with a new case from the file.
 */
export function BeneficiaryCases({ deps, beneficiaryId, caseHref, onNew }: Props) {
  const { t } = useTranslation();
  const lines = useObservable(() => watchLiaisonOfFile(deps, beneficiaryId), [deps, beneficiaryId], []);
  const cases = useObservable(() => watchCasesOfBeneficiary(deps, beneficiaryId), [deps, beneficiaryId], []);
  const name = useStaffNames(deps.db);
  const domainOf = useLabelOf(useCatalogKind(deps.db, 'association-domain'));
  const named = lines.filter((l) => l.routing.kind === 'officer');
  return (
    <Card withBorder data-testid="beneficiary-cases">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('cases.file.title')}
          </Title>
          <Button variant="light" onClick={onNew}>
            {t('cases.new')}
          </Button>
        </Group>
        <Text fw={600}>{t('cases.file.liaison')}</Text>
        {named.length === 0 ? (
          <Text c="dimmed">{t('cases.file.noLiaison')}</Text>
        ) : (
          <List size="sm" data-testid="liaison-officers">
            {named.map((l) => (
              <List.Item key={l.domain}>{t('cases.file.liaisonLine', { domain: domainOf(l.domain), name: l.routing.officerId ? name(l.routing.officerId) : '' })}</List.Item>
            ))}
          </List>
        )}
        {cases.length > 0 && (
          <List size="sm">
            {cases.map((c) => (
              <List.Item key={c.id}>
                <Group gap="xs">
                  <Anchor href={`#${caseHref(c.id)}`}>
                    <bdi dir="ltr">{c.caseNumber}</bdi>
                  </Anchor>
                  <Text size="sm">{t(`cases.kind.${c.kind}`)}</Text>
                  <CaseStatusBadge status={c.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
