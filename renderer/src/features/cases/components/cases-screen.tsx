import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { watchCaseQueues, type CaseQueues, type CasesDeps } from '../data';
import { useStaffNames } from '../hooks/use-catalog-kind';
import { CaseTable } from './case-table';
import '@renderer/styles/intake.css';

type Props = { deps: CasesDeps; onOpen: (id: string) => void; onNew: () => void; onFollowUp: (() => void) | null; onInformChanges?: (() => void) | null };

const LISTS: readonly { key: keyof CaseQueues; className?: string }[] = [
  { key: 'overdue', className: 'wasl-list-overdue' },
  { key: 'dueSoon', className: 'wasl-list-due-soon' },
  { key: 'mine' },
  { key: 'myUnit' },
  { key: 'waiting' },
  { key: 'unassigned' },
  { key: 'webUnacknowledged' },
];

/** The cases desk: my cases, my unit's, due soon, overdue, waiting for the complainant, not assigned, web cases to acknowledge. */
export function CasesScreen({ deps, onOpen, onNew, onFollowUp, onInformChanges = null }: Props) {
  const { t } = useTranslation();
  const queues = useObservable(() => watchCaseQueues(deps), [deps], null);
  const officerName = useStaffNames(deps.db);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('cases.title')}
        </Title>
        <Group>
          {onFollowUp && (
            <Button variant="light" onClick={onFollowUp}>
              {t('cases.followUp.title')}
            </Button>
          )}
          {onInformChanges && (
            <Button variant="light" onClick={onInformChanges}>
              {t('cases.informChanges.title')}
            </Button>
          )}
          <Button onClick={onNew}>{t('cases.new')}</Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        {LISTS.map(({ key, className }) => (
          <Card withBorder key={key} className={className} data-testid={`cases-list-${key}`}>
            <Title order={2} size="h4" mb="sm">
              {t(`cases.lists.${key}`)}
            </Title>
            <CaseTable label={t(`cases.lists.${key}`)} rows={queues?.[key] ?? []} officerName={officerName} onOpen={onOpen} />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
