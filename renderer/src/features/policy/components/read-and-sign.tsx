import { useCallback, useState } from 'react';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useLocale } from '@renderer/i18n/use-locale';
import type { PolicyVersion } from '@shared/policy';
import type { Signer } from '../data/acknowledge-policy';
import { formatPolicyDate } from '../data/format-date';
import { PolicyTextView } from './policy-text-view';
import { SignPolicyForm } from './sign-policy-form';

/** A version's heading line: its number, whether it was a material change, when it was published. */
export function VersionFacts({ version }: { version: PolicyVersion }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Group gap="xs">
      <Badge variant="light">{t('policy.version', { version: version.version })}</Badge>
      <Badge variant="outline" color={version.material ? 'orange' : 'gray'}>
        {t(version.material ? 'policy.material' : 'policy.wording')}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('policy.publishedAt', { date: formatPolicyDate(version.publishedAt, locale) })}
      </Text>
    </Group>
  );
}

/** The text to read to its end, then the signing form (Art. 4). */
export function ReadAndSign({ db, signer, version }: { db: WaslDatabase; signer: Signer; version: PolicyVersion }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [read, setRead] = useState(false);
  const onReadToEnd = useCallback(() => setRead(true), []);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {locale === 'ar' ? version.titleAr : version.titleEn}
      </Title>
      <VersionFacts version={version} />
      <PolicyTextView version={version} onReadToEnd={onReadToEnd} />
      {read && (
        <Text c="green" role="status">
          {t('policy.readDone')}
        </Text>
      )}
      <SignPolicyForm db={db} signer={signer} version={version} readToEnd={read} />
    </Stack>
  );
}
