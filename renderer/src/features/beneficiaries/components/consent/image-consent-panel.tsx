import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PdfDownloadButton } from '@renderer/components/pdf-download-button';
import { useResultAction } from '@renderer/components/use-result-action';
import { formatGregorian } from '@shared/calendar/hijri';
import { imageConsentStatus } from '@shared/consent/image-consent';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { recordImageWithdrawal, type ConsentDeps } from '../../data/consent-records';
import { imageConsentPdf } from '../../data/consent-pdf';
import { ImageConsentForm } from './image-consent-form';

const STATUS_COLOR = { 'in-force': 'green', expired: 'gray', withdrawn: 'red', 'not-yet': 'gray' } as const;

/** The person's consents to use their photo, story or work (policy 3.6a): each printable and withdrawable. */
export function ImageConsentPanel({ deps, file, names, associationName }: { deps: ConsentDeps; file: BeneficiaryDoc; names: Readonly<Record<string, string>>; associationName: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'ar';
  const [adding, setAdding] = useState(false);
  const withdraw = useResultAction();
  const consents = file.imageConsents ?? [];
  const now = deps.now().toISOString();
  return (
    <Stack gap="xs" data-testid="image-consents">
      <Title order={3} size="h5">{t('consent.image.title')}</Title>
      {consents.length === 0 ? (
        <Text size="sm" c="dimmed">{t('consent.image.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {consents.map((consent) => {
              const status = imageConsentStatus(consent, now);
              return (
                <Table.Tr key={consent.id}>
                  <Table.Td>{consent.uses.map((use) => t(`consent.image.use.${use}`)).join('، ')}</Table.Td>
                  <Table.Td>{consent.what}</Table.Td>
                  <Table.Td>{consent.where}</Table.Td>
                  <Table.Td>{t('consent.image.untilDate', { date: formatGregorian(consent.until, locale) })}</Table.Td>
                  <Table.Td>{names[consent.givenBy] ?? t('registry.view.unknownStaff')}</Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[status]} variant="light">{t(`consent.image.status.${status}`)}</Badge></Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <PdfDownloadButton size="xs" label={t('consent.image.print')} make={() => imageConsentPdf(associationName, file, consent, deps.now())} />
                      {status === 'in-force' && (
                        <Button size="xs" variant="subtle" color="red" loading={withdraw.busy} onClick={() => void withdraw.run(() => recordImageWithdrawal(deps, file.id, consent.id))}>
                          {t('consent.image.withdraw')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {withdraw.problem && <Alert color="red" role="alert">{t(withdraw.problem)}</Alert>}
      {adding ? <ImageConsentForm deps={deps} fileId={file.id} onDone={() => setAdding(false)} /> : <Group><Button variant="light" onClick={() => setAdding(true)}>{t('consent.image.add')}</Button></Group>}
    </Stack>
  );
}
