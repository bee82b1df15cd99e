import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { useLoad } from '@renderer/components/use-action';
import { useDesk } from '../desk-context';

export function AboutScreen() {
  const { t } = useTranslation();
  const { bridge } = useDesk();
  const info: AppInfo | undefined = useLoad(() => bridge.invoke('app:get-info', undefined), [bridge]).result;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('about.title')}
      </Title>
      <Text>{t('about.body')}</Text>
      {info && <Text>{t('about.version', { version: info.version })}</Text>}
      {info && <Text>{t('about.shell', { shell: t(info.shell === 'electron' ? 'about.shellElectron' : 'about.shellBrowser') })}</Text>}
    </Stack>
  );
}
