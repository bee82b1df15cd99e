import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { useDeskSync } from '@renderer/sync/sync-context';
import type { CollectionSyncStatus } from '@renderer/sync/sync-status';
import type { ConflictDescriber } from './conflict-card';
import { ConflictList } from './conflict-list';
import { InitialPullProgress } from './initial-pull-progress';
import { ServerSettingsForm } from './server-settings-form';
import { formatSyncTime } from '../format-sync-time';
import { useSyncStatus } from '../hooks/use-sync-status';

interface SyncScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  actorId: string;
  /** only an administrator changes the server address */
  canConfigure: boolean;
  /** names conflicts' files, fields and values (renderer/src/app composes it from the registry) */
  describer?: ConflictDescriber;
}

function collectionState(c: CollectionSyncStatus): 'error' | 'syncing' | 'synced' {
  if (c.error) return 'error';
  return c.active || c.pending > 0 ? 'syncing' : 'synced';
}

/** Each collection's state, pending writes and last contact. */
function CollectionTable({ collections }: { collections: readonly CollectionSyncStatus[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sync.status.collection')}</Table.Th>
          <Table.Th>{t('sync.status.state')}</Table.Th>
          <Table.Th>{t('sync.status.pending')}</Table.Th>
          <Table.Th>{t('sync.status.lastSuccess')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {collections.map((c) => (
          <Table.Tr key={c.name} data-testid={`sync-collection-${c.name}`}>
            <Table.Td>{t(`sync.collections.${c.name}`, { defaultValue: c.name })}</Table.Td>
            <Table.Td>{c.error ? t(`errors.${c.error}`, { code: c.error }) : t(`sync.phase.${collectionState(c)}`)}</Table.Td>
            <Table.Td>{c.pending}</Table.Td>
            <Table.Td>{formatSyncTime(c.lastSuccessAt, i18n.language) ?? t('sync.status.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The server address, the state of every collection, and the open conflicts to resolve. */
export function SyncScreen({ db, settings, actorId, canConfigure, describer }: SyncScreenProps) {
  const { t } = useTranslation();
  const sync = useDeskSync();
  const status = useSyncStatus();
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('sync.title')}
      </Title>
      {settings.deskCredential ? (
        // A desk that joined the association syncs on its staff's sessions: no development token to set.
        <Card withBorder data-testid="joined-server">
          <Text>
            {t('sync.server.joined')} <bdi dir="ltr">{settings.serverUrl}</bdi>
          </Text>
        </Card>
      ) : canConfigure ? (
        <ServerSettingsForm db={db} settings={settings} actorId={actorId} />
      ) : (
        <Text c="dimmed">{t('sync.server.adminOnly')}</Text>
      )}
      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('sync.status.title')}
            </Title>
            <Text data-testid="sync-screen-phase">{t(`sync.phase.${status.phase}`)}</Text>
            <Button variant="default" size="compact-md" onClick={() => sync.syncNow()} disabled={status.phase === 'not-configured'}>
              {t('sync.status.syncNow')}
            </Button>
          </Group>
          {status.error && (
            <Text c="red" role="alert">
              {t(`errors.${status.error}`, { code: status.error })}
            </Text>
          )}
          {status.initialPull && <InitialPullProgress pull={status.initialPull} />}
          <CollectionTable collections={status.collections} />
        </Stack>
      </Card>
      <ConflictList db={db} actorId={actorId} deskId={settings.deskId} describer={describer} />
    </Stack>
  );
}
