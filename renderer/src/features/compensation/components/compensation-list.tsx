import { Alert, Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effectiveStatus } from '@shared/compensation/compensation-status';
import { useObservable } from '@renderer/components/use-observable';
import { formatAmount, watchCompensations, type CompensationDeps } from '../data';

/** The compensation cases the actor may see (committee, management, admin). */
export function CompensationList({ deps, href }: { deps: CompensationDeps; href: (id: string) => string }) {
  const { t } = useTranslation();
  const docs = useObservable(() => watchCompensations(deps), [deps], []);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('compensation.listTitle')}</Title>
      {docs.length === 0 ? <Alert color="gray">{t('compensation.none')}</Alert> : (
        <Table data-testid="compensation-list">
          <Table.Tbody>
            {docs.map((doc) => doc.compensation && (
              <Table.Tr key={doc.id}>
                <Table.Td><Anchor href={`#${href(doc.id)}`}><bdi dir="ltr">{doc.caseNumber}</bdi></Anchor></Table.Td>
                <Table.Td>{t(`compensation.status.${effectiveStatus(doc.compensation)}`)}</Table.Td>
                <Table.Td>{formatAmount(doc.compensation.claimedAmount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
