import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useLocale } from '@renderer/i18n/use-locale';
import { joinList } from '@shared/i18n/list';
import type { PolicyAck, PolicyVersion } from '@shared/policy';
import type { Signer } from '../data/acknowledge-policy';
import { formatPolicyDate } from '../data/format-date';
import { PolicyTextView } from './policy-text-view';
import { PublishForm } from './publish-form';
import { ReadAndSign, VersionFacts } from './read-and-sign';

type Props = {
  db: WaslDatabase;
  signer: Signer;
  current: PolicyVersion;
  /** The member's valid signature of the current material version or later, if any. */
  signed: PolicyAck | null;
  /** The document applies to the member and is unsigned. */
  mustSign: boolean;
  isAdmin: boolean;
};

/** One document of the library: its current text for every unit (Art. 4), signing, and for admins a new version. */
export function DocumentCard({ db, signer, current, signed, mustSign, isAdmin }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<'text' | 'publish' | null>(null);
  const roles = current.roles.length === 0 ? t('policy.appliesToAll') : t('policy.appliesTo', { roles: joinList(current.roles.map((r) => t(`roles.${r}`)), locale) });
  return (
    <Card withBorder data-testid={`policy-${current.documentKey}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">{locale === 'ar' ? current.titleAr : current.titleEn}</Title>
        <VersionFacts version={current} />
        <Text size="sm">{roles}</Text>
        {signed && <Text size="sm" c="green">{t('policy.youSigned', { version: signed.version, date: formatPolicyDate(signed.at, locale) })}</Text>}
        {mustSign && <Text size="sm" c="orange">{t('policy.youMustSign')}</Text>}
        <Group>
          <Button variant="light" onClick={() => setOpen(open === 'text' ? null : 'text')}>
            {t(open === 'text' ? 'policy.close' : mustSign ? 'policy.signNow' : 'policy.open')}
          </Button>
          {isAdmin && (
            <Button variant="subtle" onClick={() => setOpen(open === 'publish' ? null : 'publish')}>
              {t('policy.newVersion')}
            </Button>
          )}
        </Group>
        {open === 'text' && (mustSign ? <ReadAndSign db={db} signer={signer} version={current} /> : <PolicyTextView version={current} />)}
        {open === 'publish' && (
          <PublishForm db={db} actorId={signer.staffId} deskId={signer.deskId} start={current} existing onPublished={() => setOpen(null)} onCancel={() => setOpen(null)} />
        )}
      </Stack>
    </Card>
  );
}
