import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/session-store';
import { useDesk } from '../desk-context';

export function HomeScreen() {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const roles = (user?.roles ?? []).map((role) => t(`roles.${role}`)).join('، ');
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.welcome', { name: user?.displayName ?? '' })}
      </Title>
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
