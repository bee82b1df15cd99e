import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinList } from '@shared/i18n/list';
import { useLocale } from '@renderer/i18n/use-locale';
import { HolidayCoverageNotice } from '@renderer/features/catalog/components/holiday-coverage-notice';
import { useHolidayCoverage } from '@renderer/features/catalog/hooks/use-holiday-coverage';
import { PublishBundledButton } from '@renderer/features/policy/components/publish-bundled-button';
import { hasRole, useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

export function HomeScreen() {
  const { t } = useTranslation();
  const { db, settings } = useDesk();
  const locale = useLocale();
  const user = useSessionStore((s) => s.user);
  const isAdmin = hasRole(user, 'admin');
  // Only an admin can extend the holiday table, so only an admin is told it runs short.
  const coverage = useHolidayCoverage(db, isAdmin);
  const roles = (user?.roles ?? []).map((role) => t(`roles.${role}`));
  const rolesText = joinList(roles, locale);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.welcome', { name: user?.displayName ?? '' })}
      </Title>
      {isAdmin && <HolidayCoverageNotice coverage={coverage} />}
      {/* Art. 4: the bundled policy binds nobody until an admin publishes it. */}
      {isAdmin && user && <PublishBundledButton db={db} actorId={user.staffId} deskId={settings.deskId} />}
      <Card withBorder>
        <Stack gap="xs">
          <Text>{t('home.association', { association: settings.associationName })}</Text>
          <Text>{t('home.desk', { desk: settings.deskName, code: settings.deskCode })}</Text>
          <Text>{t('home.roles', { roles: rolesText })}</Text>
        </Stack>
      </Card>
    </Stack>
  );
}
