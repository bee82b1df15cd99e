import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictSide } from '@shared/sync/conflict-values';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { useAction } from '@renderer/components/use-action';
import { decodeConflict, resolveConflict, type OpenConflict } from '@renderer/sync/conflict-records';
import { ConflictCard, type ConflictDescriber } from './conflict-card';

type ConflictListProps = { db: WaslDatabase; actorId: string; deskId: string; describer?: ConflictDescriber | undefined };

/** Open conflicts, oldest first, each with both values side by side and the two choices. */
export function ConflictList({ db, actorId, deskId, describer }: ConflictListProps) {
  const { t } = useTranslation();
  const conflicts = useObservable(
    () => db.conflicts.find({ selector: { status: 'open' }, sort: [{ detectedAt: 'asc' }] }).$,
    [db],
    [],
  );
  const open: OpenConflict[] = conflicts.map((doc) => decodeConflict(doc.toJSON()));

  const resolve = useAction((id: string, side: ConflictSide) => resolveConflict({ db, actorId, deskId, now: () => new Date() }, id, side));
  const choose = async (id: string, side: ConflictSide) => {
    const done = await resolve.run(id, side);
    if (done.ok && done.value) resolve.fail(`errors.${done.value}`);
  };
  const message = resolve.error
    ? { ok: false, text: t(resolve.error) }
    : resolve.result === null && !resolve.busy
      ? { ok: true, text: t('sync.conflicts.resolved') }
      : null;

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
        <ConflictCard key={conflict.id} conflict={conflict} deskId={deskId} describer={describer} choose={(id, side) => void choose(id, side)} />
      ))}
    </Stack>
  );
}
