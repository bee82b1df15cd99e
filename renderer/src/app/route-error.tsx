/**
 * What a screen shows when it fails while rendering (say a damaged or unexpected record): a
 * translated message and a way back. The error itself is never put on screen — no message, no
 * stack (house rule: no raw exception text on screen; policy 6b: an error may quote a record).
 * Every screen route carries it as its errorElement, so the shell (header, navigation) stays up
 * and a navigation clears it; the root route carries the standalone form for a failing shell.
 */
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusScreen } from '../components/status-screen';
import { routePaths } from './route-paths';

function WayBack() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Group>
      <Button onClick={() => void navigate(-1)}>{t('app.routeError.back')}</Button>
      <Button variant="light" onClick={() => void navigate(routePaths.home)}>
        {t('app.routeError.home')}
      </Button>
    </Group>
  );
}

/** A screen's error, inside the shell. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="alert" data-testid="route-error" maw={640}>
      <Title order={1} size="h3">
        {t('app.routeError.title')}
      </Title>
      <Text>{t('app.routeError.hint')}</Text>
      <WayBack />
    </Stack>
  );
}

/** The shell's own error: the same message on a page of its own. */
export function RootRouteError() {
  const { t } = useTranslation();
  return (
    <StatusScreen title={t('app.routeError.title')}>
      <Text data-testid="route-error">{t('app.routeError.hint')}</Text>
      <WayBack />
    </StatusScreen>
  );
}
