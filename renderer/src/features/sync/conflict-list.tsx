import { useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { decodeConflict, resolveConflict, type OpenConflict } from '@renderer/sync/conflict-records';

function display(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('، ');
  return JSON.stringify(value);
}

/** Open conflicts, oldest first, each with both values side by side and the two choices. */
export function ConflictList({ db, actorId, deskId }: { db: WaslDatabase; actorId: string; deskId: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const conflicts = useObservable(
    () => db.conflicts.find({ selector: { status: 'open' }, sort: [{ detectedAt: 'asc' }] }).$,
    [db],
    [],
  );
  const open: OpenConflict[] = conflicts.map((doc) => decodeConflict(doc.toJSON()));
  const empty = t('sync.conflicts.empty');

  const choose = async (id: string, choice: 'mine' | 'theirs') => {
    const error = await resolveConflict({ db, actorId, deskId, now: () => new Date() }, id, choice);
    setMessage(error ? { ok: false, text: t(`errors.${error}`) } : { ok: true, text: t('sync.conflicts.resolved') });
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('sync.conflicts.title')}
      </Title>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      {open.length === 0 ? (
        <Text data-testid="no-conflicts">{t('sync.conflicts.none')}</Text>
      ) : (
        <Text c="dimmed">{t('sync.conflicts.intro')}</Text>
      )}
      {open.map((conflict) => (
        <Card withBorder key={conflict.id} data-testid="conflict" data-field={conflict.field}>
          <Stack gap="xs">
            <Text>
              {t('sync.conflicts.record')}: <bdi>{conflict.collectionName}</bdi> / <bdi dir="ltr">{conflict.documentId}</bdi> — {t('sync.conflicts.field')}:{' '}
              <bdi dir="ltr">{conflict.field}</bdi>
            </Text>
            <Text size="sm" c="dimmed">
              {t('sync.conflicts.base')}: <bdi>{display(conflict.base, empty)}</bdi>
            </Text>
            <SimpleGrid cols={2}>
              <Stack gap={4}>
                <Text fw={600}>{t('sync.conflicts.mine')}</Text>
                <Text data-testid="conflict-mine"><bdi>{display(conflict.mine, empty)}</bdi></Text>
                <Group>
                  <Button size="compact-sm" onClick={() => void choose(conflict.id, 'mine')}>{t('sync.conflicts.keepMine')}</Button>
                </Group>
              </Stack>
              <Stack gap={4}>
                <Text fw={600}>{t('sync.conflicts.theirs')}</Text>
                <Text data-testid="conflict-theirs"><bdi>{display(conflict.theirs, empty)}</bdi></Text>
                <Group>
                  <Button size="compact-sm" variant="default" onClick={() => void choose(conflict.id, 'theirs')}>{t('sync.conflicts.keepTheirs')}</Button>
                </Group>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
