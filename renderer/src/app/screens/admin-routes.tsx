import { StaffScreen } from '@renderer/features/staff/components/staff-screen';
import { Stack } from '@mantine/core';
import { SettingsScreen } from '@renderer/features/settings/components/settings-screen';
import { BackupCard } from '@renderer/features/backup/components/backup-card';
import { AuditChainCard } from '@renderer/features/settings/components/audit-chain-card';
import { runDeskChainCheck } from '@renderer/stores/audit-log';
import { useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

/** Feature screens take their dependencies as props; the app wires them from the desk context. */
export function StaffRoute() {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  return <StaffScreen db={db} deskId={settings.deskId} actorId={user.staffId} />;
}

export function SettingsRoute() {
  const { db, bridge, settings, switchLocale } = useDesk();
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  return (
    <Stack gap="lg">
      <SettingsScreen db={db} settings={settings} actorId={user.staffId} onLocaleChosen={switchLocale} />
      <BackupCard db={db} bridge={bridge} deskId={settings.deskId} deskCode={settings.deskCode} actorId={user.staffId} />
      <AuditChainCard check={() => runDeskChainCheck(db, user.staffId, settings.deskId)} />
    </Stack>
  );
}
