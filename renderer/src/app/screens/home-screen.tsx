import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HolidayCoverageNotice } from '@renderer/features/catalog/components/holiday-coverage-notice';
import { useHolidayCoverage } from '@renderer/features/catalog/hooks/use-holiday-coverage';
import { hasRole, useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

export function HomeScreen() {
  const { t } = useTranslation();
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const isAdmin = hasRole(user, 'admin');
  // Only an admin can extend the holiday table, so only an admin is told it runs short.
  const coverage = useHolidayCoverage(db, isAdmin);
  const roles = (user?.roles ?? []).map((role) => t(`roles.${role}`)).join('، ');
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.welcome', { name: user?.displayName ?? '' })}
      </Title>
      {isAdmin && <HolidayCoverageNotice coverage={coverage} />}
      <Card withBorder>
        <Stack gap="xs">
          <Text>{t('home.association', { association: settings.associationName })}</Text>
          <Text>{t('home.desk', { desk: settings.deskName, code: settings.deskCode })}</Text>
          <Text>{t('home.roles', { roles })}</Text>
        </Stack>
      </Card>
    </Stack>
  );
}
