import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { useDesk } from '../desk-context';

export function AboutScreen() {
  const { t } = useTranslation();
  const { bridge } = useDesk();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    bridge.invoke('app:get-info', undefined).then((value) => live && setInfo(value), () => undefined);
    return () => {
      live = false;
    };
  }, [bridge]);
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
