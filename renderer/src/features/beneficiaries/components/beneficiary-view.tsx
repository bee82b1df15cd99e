import type { ReactNode } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findSubChannel } from '@shared/catalog/channels';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { isLocale, DEFAULT_LOCALE } from '@shared/i18n/locale';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import type { CategoryOption } from './family-section';
import { nationalityName } from './nationalities';
import { FamilyMembersTable } from './family-members-table';
import { HeldCopyNotice, type HeldCopy } from './held-copy-notice';
import { isCompleteFile } from '@shared/registry/held-copy';
import '@renderer/styles/registry.css';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wasl-item">
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" className="wasl-item-value">
        {children === '' || children == null ? '—' : children}
      </Text>
    </div>
  );
}

const Ltr = ({ children }: { children: string }) => <bdi dir="ltr">{children}</bdi>;

interface BeneficiaryViewProps {
  /** A complete file, or the duplicate-check copy of a file held by another desk. */
  doc: BeneficiaryDoc | HeldCopy;
  categories: readonly CategoryOption[];
  staffName: string;
  /** Absent for a file that must not be edited (merged into another): no edit button then. */
  onEdit?: (() => void) | undefined;
}

/** A beneficiary's file as the receptionist reads it back: file number first, birth date in both calendars. */
export function BeneficiaryView({ doc, ...rest }: BeneficiaryViewProps) {
  return isCompleteFile(doc) ? <CompleteFileView doc={doc} {...rest} /> : <HeldCopyNotice doc={doc} />;
}

function CompleteFileView({ doc, categories, staffName, onEdit }: BeneficiaryViewProps & { doc: BeneficiaryDoc }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const sub = findSubChannel(doc.preferredChannel.channel, doc.preferredChannel.subChannel);
  const subLabel = sub ? (locale === 'ar' ? sub.labelAr : sub.labelEn) : doc.preferredChannel.subChannel;
  const address = doc.preferredChannel.address;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('registry.view.fileNumber')}
          </Text>
          <Text className="wasl-file-number-large" data-testid="file-number">
            <bdi dir="ltr">{doc.fileNumber}</bdi>
          </Text>
          <Title order={1} size="h2">
            {doc.fullName}
          </Title>
          {doc.latinName && (
            <Text c="dimmed">
              <Ltr>{doc.latinName}</Ltr>
            </Text>
          )}
        </Stack>
        {onEdit && <Button onClick={onEdit}>{t('registry.view.edit')}</Button>}
      </Group>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('registry.section.identity')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" className="wasl-details">
          <Item label={t('registry.field.nationalId')}>
            <Ltr>{doc.nationalId}</Ltr> <Badge variant="light" size="sm">{t(`registry.idKind.${doc.idKind}`)}</Badge>
          </Item>
          <Item label={t('registry.view.birthHijri')}>{formatHijri(doc.birthDate, locale)}</Item>
          <Item label={t('registry.view.birthGregorian')}>{formatGregorian(doc.birthDate, locale)}</Item>
          <Item label={t('registry.field.gender')}>{t(`registry.gender.${doc.gender}`)}</Item>
          <Item label={t('registry.field.nationality')}>{nationalityName(doc.nationality, locale)}</Item>
          <Item label={t('registry.field.maritalStatus')}>{t(`registry.marital.${doc.maritalStatus}`)}</Item>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('registry.section.family')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" className="wasl-details">
          <Item label={t('registry.field.category')}>{categories.find((c) => c.value === doc.categoryKey)?.label ?? doc.categoryKey}</Item>
          <Item label={t('registry.field.familyCount')}>{doc.familyCount.toLocaleString(locale === 'ar' ? 'ar-SA' : 'en-GB')}</Item>
        </SimpleGrid>
        {doc.familyMembers.length > 0 && <FamilyMembersTable members={doc.familyMembers} />}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('registry.section.contact')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" className="wasl-details">
          <Item label={t('registry.view.mobiles')}>
            {doc.mobiles.length > 0 ? (
              <Stack gap={2} component="span" align="flex-start" data-testid="mobiles">
                {doc.mobiles.map((m) => (
                  <bdi key={m} dir="ltr">
                    {formatMobileForDisplay(m)}
                  </bdi>
                ))}
              </Stack>
            ) : (
              t('registry.view.noMobile', { reason: doc.noMobileReason })
            )}
          </Item>
          <Item label={t('registry.field.city')}>{doc.city}</Item>
          <Item label={t('registry.field.district')}>{doc.district}</Item>
          <Item label={t('registry.view.address')}>{doc.address}</Item>
          <Item label={t('registry.view.channel')}>
            {subLabel}
            {address && (
              <>
                {' — '}
                {sub?.addressKind === 'postal' ? address : <Ltr>{sub?.addressKind === 'mobile' ? formatMobileForDisplay(address) : address}</Ltr>}
              </>
            )}
          </Item>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" className="wasl-details">
          <Item label={t('registry.view.consent')}>
            {t('registry.view.consentGiven', { date: formatGregorian(riyadhDateOf(Date.parse(doc.consent.givenAt)), locale), staff: staffName })}
          </Item>
          <Item label={t('registry.view.notes')}>
            <span className="wasl-pre-line">{doc.notes}</span>
          </Item>
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
