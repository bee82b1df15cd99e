import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncPhase } from '@renderer/sync/sync-status';
import { formatSyncTime } from '../format-sync-time';
import { useSyncStatus } from '../hooks/use-sync-status';

const PHASE_COLOR: Record<SyncPhase, string> = {
  'not-configured': 'gray',
  offline: 'orange',
  syncing: 'blue',
  synced: 'teal',
  error: 'red',
};

/** Header: online/offline, pending local changes, last successful sync, the error in words. */
export function SyncIndicator({ onOpen }: { onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const phaseText = t(`sync.phase.${status.phase}`);
  const time = formatSyncTime(status.lastSyncedAt, i18n.language);
  const detail = status.error ? t(`errors.${status.error}`, { code: status.error }) : time ? t('sync.indicator.lastSynced', { time }) : null;
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('sync.indicator.label', { status: phaseText })} data-testid="sync-indicator" data-phase={status.phase}>
      {/* Wraps: a sync error in words can be longer than the header has room for. */}
      <Group gap={6} wrap="wrap">
        <Badge color={PHASE_COLOR[status.phase]} variant="light" data-testid="sync-phase">
          {phaseText}
        </Badge>
        {status.pending > 0 && (
          <Text size="sm" data-testid="sync-pending">
            {t('sync.indicator.pending', { count: status.pending })}
          </Text>
        )}
        {detail && (
          <Text size="sm" c={status.error ? 'red' : 'dimmed'} data-testid="sync-detail" role={status.error ? 'alert' : undefined}>
            {detail}
          </Text>
        )}
      </Group>
    </UnstyledButton>
  );
}
