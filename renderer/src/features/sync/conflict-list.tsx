import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { conflictSidesFor, type ConflictSide } from '@shared/sync/conflict-values';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { decodeConflict, resolveConflict, type OpenConflict } from '@renderer/sync/conflict-records';

function display(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('، ');
  return JSON.stringify(value);
}

type ChooseSide = (id: string, side: ConflictSide) => void;

/**
 * One conflict, its values labelled for THIS desk: the record may have been written on the
 * other desk, where its "mine" is this desk's "other" (conflictSidesFor).
 */
function ConflictCard({ conflict, deskId, choose }: { conflict: OpenConflict; deskId: string; choose: ChooseSide }) {
  const { t } = useTranslation();
  const empty = t('sync.conflicts.empty');
  const sides = conflictSidesFor(conflict, deskId);
  const ownDesk = sides.here !== 'neither';
  const columns = [
    { side: sides.own, label: ownDesk ? 'mine' : 'inFile', keep: ownDesk ? 'keepMine' : 'keepInFile', testId: 'conflict-this-desk' },
    { side: sides.other, label: ownDesk ? 'theirs' : 'otherEdit', keep: ownDesk ? 'keepTheirs' : 'keepOtherEdit', testId: 'conflict-other-desk' },
  ];
  return (
    <Card withBorder data-testid="conflict" data-field={conflict.field}>
      <Stack gap="xs">
        <Text>
          {t('sync.conflicts.record')}: <bdi>{conflict.collectionName}</bdi> / <bdi dir="ltr">{conflict.documentId}</bdi> — {t('sync.conflicts.field')}:{' '}
          <bdi dir="ltr">{conflict.field}</bdi>
        </Text>
        <Text size="sm" c="dimmed">
          {t('sync.conflicts.base')}: <bdi>{display(conflict.base, empty)}</bdi>
        </Text>
        <SimpleGrid cols={2}>
          {columns.map((column, index) => (
            <Stack gap={4} key={column.side} data-testid={column.testId}>
              <Group gap="xs">
                <Text fw={600}>{t(`sync.conflicts.${column.label}`)}</Text>
                {/* The merge kept the server's value in the document until a person decides. */}
                {column.side === 'theirs' && <Badge variant="light" size="sm">{t('sync.conflicts.inFileNow')}</Badge>}
              </Group>
              <Text data-testid="conflict-value">
                <bdi>{display(conflict[column.side], empty)}</bdi>
              </Text>
              <Group>
                <Button size="compact-sm" variant={index === 0 ? 'filled' : 'default'} onClick={() => choose(conflict.id, column.side)}>
                  {t(`sync.conflicts.${column.keep}`)}
                </Button>
              </Group>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
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

  const choose = async (id: string, side: ConflictSide) => {
    const error = await resolveConflict({ db, actorId, deskId, now: () => new Date() }, id, side);
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
        <ConflictCard key={conflict.id} conflict={conflict} deskId={deskId} choose={(id, side) => void choose(id, side)} />
      ))}
    </Stack>
  );
}
