import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { formatGregorian } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { NoticeErrors, NoticeInput, NoticeVersion } from '@shared/consent/privacy-notice';
import { publishPrivacyNotice, watchNoticeVersions } from '../data/privacy-notice-admin';

const FIELDS = ['titleAr', 'titleEn', 'textAr', 'textEn'] as const;

/** The current text to edit, published as the next version (remounted when a new version appears). */
function PublishNoticeForm({ deps, current }: { deps: CatalogWriteDeps; current: NoticeVersion | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<NoticeInput>(current ? { titleAr: current.titleAr, titleEn: current.titleEn, textAr: current.textAr, textEn: current.textEn } : { titleAr: '', titleEn: '', textAr: '', textEn: '' });
  const [errors, setErrors] = useState<NoticeErrors>({});
  const publish = useAction(async () => {
    const result = await publishPrivacyNotice(deps, draft);
    setErrors(result.ok ? {} : result.error);
    return result.ok ? result.value.version : null;
  });
  const error = (field: (typeof FIELDS)[number]) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <Stack gap="sm">
      {FIELDS.map((field) =>
        field.startsWith('title') ? (
          <TextInput key={field} label={t(`consent.notice.${field}`)} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })} error={error(field)} />
        ) : (
          <Textarea key={field} label={t(`consent.notice.${field}`)} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })} error={error(field)} autosize minRows={6} maxRows={16} dir={field === 'textEn' ? 'ltr' : 'rtl'} />
        ),
      )}
      {publish.error && <Alert color="red" role="alert">{t(publish.error)}</Alert>}
      <Group>
        <Button loading={publish.busy} onClick={() => void publish.run()}>{t('consent.notice.publish', { version: (current?.version ?? 0) + 1 })}</Button>
      </Group>
    </Stack>
  );
}

/**
 * The privacy notice (PDPL Art. 12): its published versions, and the current text to edit and publish
 * as the next version. A published version is never changed: consents name the version they were given to.
 */
export function PrivacyNoticePanel({ deps }: { deps: CatalogWriteDeps }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'ar';
  const versions = useObservable(() => watchNoticeVersions(deps.db), [deps.db], null);
  const current = versions?.[0] ?? null;
  return (
    <Stack gap="md" data-testid="privacy-notice-panel">
      <Text size="sm" c="dimmed">{t('consent.notice.intro')}</Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consent.history.version')}</Table.Th>
            <Table.Th>{t('consent.notice.title')}</Table.Th>
            <Table.Th>{t('consent.notice.published')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(versions ?? []).map((v) => (
            <Table.Tr key={v.version}>
              <Table.Td>{v.version}</Table.Td>
              <Table.Td>{locale === 'en' ? v.titleEn : v.titleAr}</Table.Td>
              <Table.Td>{formatGregorian(riyadhDateOf(Date.parse(v.publishedAt)), locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {versions && <PublishNoticeForm key={current?.version ?? 0} deps={deps} current={current} />}
    </Stack>
  );
}
