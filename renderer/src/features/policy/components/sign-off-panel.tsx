import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { PdfDownloadButton } from '@renderer/components/pdf-download-button';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';
import { policySignOff, type DocumentSignOff } from '@shared/policy';
import { formatPolicyDate } from '../data/format-date';
import { signOffState$ } from '../data/policy-queries';
import { signOffPdf } from '../data/sign-off-pdf';

function DocumentTable({ doc }: { doc: DocumentSignOff }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = locale === 'ar' ? doc.titleAr : doc.titleEn;
  return (
    <Stack gap="xs" data-testid={`sign-off-${doc.documentKey}`}>
      <Title order={3} size="h4">{title}</Title>
      <Text size="sm">{t('policy.signedCount', { signed: doc.signed.length, total: doc.signed.length + doc.unsigned.length, version: doc.required.version })}</Text>
      <Table striped withTableBorder aria-label={t('policy.signOffTable', { title })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('policy.name')}</Table.Th>
            <Table.Th>{t('policy.state')}</Table.Th>
            <Table.Th>{t('policy.signedVersion')}</Table.Th>
            <Table.Th>{t('policy.signedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.signed.map((s) => (
            <Table.Tr key={s.staffId}>
              <Table.Td>{s.displayName}</Table.Td>
              <Table.Td>{t('policy.stateSigned')}</Table.Td>
              <Table.Td>{s.version}</Table.Td>
              <Table.Td>{formatPolicyDate(s.at, locale)}</Table.Td>
            </Table.Tr>
          ))}
          {doc.unsigned.map((u) => (
            <Table.Tr key={u.staffId}>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>{t('policy.stateUnsigned')}</Table.Td>
              <Table.Td>{u.lastSigned?.version ?? '—'}</Table.Td>
              <Table.Td>{u.lastSigned ? formatPolicyDate(u.lastSigned.at, locale) : t('policy.never')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Managers see who signed which version and when, and who has not; a printable list (Art. 4). */
export function SignOffPanel({ db, associationName }: { db: WaslDatabase; associationName: string }) {
  const { t } = useTranslation();
  const state = useObservable(() => signOffState$(db), [db], null);
  if (!state) return null;
  const documents = policySignOff(state.staff, state.versions, state.acks, new Date().toISOString());
  return (
    <Stack gap="md">
      <Title order={2} size="h3">{t('policy.signOffTitle')}</Title>
      {documents.length === 0 ? <Text>{t('policy.nothingPublished')}</Text> : documents.map((doc) => <DocumentTable key={doc.documentKey} doc={doc} />)}
      {documents.length > 0 && <PdfDownloadButton label={t('policy.print')} make={() => signOffPdf(associationName, documents)} />}
    </Stack>
  );
}
