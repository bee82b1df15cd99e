import { Alert, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import type { DuplicatesDeps } from '../data/deps';
import { listDuplicatePairs } from '../data/list-pairs';

interface DuplicatesScreenProps {
  deps: DuplicatesDeps;
  onReview: (first: string, second: string) => void;
}

/** The files registered twice on this desk, one row per pair, each opening the merge screen. */
export function DuplicatesScreen({ deps, onReview }: DuplicatesScreenProps) {
  const { t } = useTranslation();
  const listing = useLoad(() => listDuplicatePairs(deps), [deps]);
  const pairs = listing.result ?? null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('duplicates.title')}
      </Title>
      <Text c="dimmed">{t('duplicates.intro')}</Text>
      {listing.error ? (
        <Alert color="red" role="alert">
          {t('errors.merge.failed', { message: t(listing.error) })}
        </Alert>
      ) : pairs === null ? (
        <Loader aria-label={t('duplicates.loading')} />
      ) : pairs.length === 0 ? (
        <Text data-testid="no-duplicates">{t('duplicates.none')}</Text>
      ) : (
        <Table aria-label={t('duplicates.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('duplicates.first')}</Table.Th>
              <Table.Th>{t('duplicates.second')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map(([a, b]) => (
              <Table.Tr key={`${a.id}|${b.id}`} data-testid="duplicate-pair">
                <Table.Td>
                  <bdi dir="ltr">{a.fileNumber}</bdi> — {a.fullName}
                </Table.Td>
                <Table.Td>
                  <bdi dir="ltr">{b.fileNumber}</bdi> — {b.fullName}
                </Table.Td>
                <Table.Td>
                  <Button variant="light" onClick={() => onReview(a.id, b.id)} aria-label={t('duplicates.reviewPair', { first: a.fileNumber, second: b.fileNumber })}>
                    {t('duplicates.review')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
