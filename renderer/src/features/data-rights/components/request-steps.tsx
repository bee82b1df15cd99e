import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IDENTITY_DOCUMENTS, MAX_EXTENSION_DAYS, type DataRequestPart } from '@shared/data-requests/data-request';
import type { Result } from '@shared/result';
import { useLoad } from '@renderer/components/use-action';
import { staffDisplayName } from '@renderer/db/staff-name';
import { checkIdentity, refuseRequest } from '../data/data-request-write';
import type { DataRequestsDeps } from '../data/deps';
import { useDataRequestAction } from '../hooks/use-data-request-action';

export type ExtendStep = (days: number, reason: string) => Promise<Result<unknown, string>>;

/** Who checked, extended or refused: a local staff account or an association account that signed in here. */
function StaffName({ deps, id }: { deps: DataRequestsDeps; id: string }) {
  return <>{useLoad(() => (id ? staffDisplayName(deps.db, id) : Promise.resolve(null)), [deps.db, id]).result ?? ''}</>;
}

/** The identity check (which document, by whom): recorded before any answer is allowed. */
export function IdentityStep({ deps, caseId, part }: { deps: DataRequestsDeps; caseId: string; part: DataRequestPart }) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<string | null>(null);
  const act = useDataRequestAction();
  if (part.identity) {
    return (
      <Text data-testid="identity-done">
        {t('dataRequests.identity.done', { document: t(`dataRequests.identity.document.${part.identity.document}`) })} — <StaffName deps={deps} id={part.identity.by} />
      </Text>
    );
  }
  if (part.status !== 'received') return null;
  return (
    <Stack gap="xs" data-testid="identity-step">
      <Select
        label={t('dataRequests.identity.documentLabel')}
        data={IDENTITY_DOCUMENTS.map((value) => ({ value, label: t(`dataRequests.identity.document.${value}`) }))}
        value={document}
        onChange={setDocument}
      />
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      <Group><Button loading={act.busy} onClick={() => void act.run(() => checkIdentity(deps, caseId, document ?? ''))}>{t('dataRequests.identity.record')}</Button></Group>
    </Stack>
  );
}

/** The one extension (at most 30 more days, with the reason the requester is told through the outbox). */
export function ExtensionStep({ deps, part, extend }: { deps: DataRequestsDeps; part: DataRequestPart; extend: ExtendStep }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const act = useDataRequestAction();
  if (part.extension) {
    return (
      <Text data-testid="extension-done">
        {t('dataRequests.extension.done', { n: part.extension.days, reason: part.extension.reason })} — <StaffName deps={deps} id={part.extension.by} />
      </Text>
    );
  }
  if (part.status !== 'received' && part.status !== 'identity-verified') return null;
  return (
    <Stack gap="xs" data-testid="extension-step">
      <Title order={3} size="h5">{t('dataRequests.extension.title')}</Title>
      <NumberInput label={t('dataRequests.extension.days', { max: MAX_EXTENSION_DAYS })} min={1} max={MAX_EXTENSION_DAYS} allowDecimal={false} value={days} onChange={setDays} />
      <Textarea label={t('dataRequests.extension.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      <Group><Button variant="light" loading={act.busy} onClick={() => void act.run(() => extend(typeof days === 'number' ? days : Number.NaN, reason))}>{t('dataRequests.extension.submit')}</Button></Group>
    </Stack>
  );
}

/** Refusal of a repetitive or unreasonable request, only with its reasons. */
export function RefusalStep({ deps, caseId, part }: { deps: DataRequestsDeps; caseId: string; part: DataRequestPart }) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState('');
  const act = useDataRequestAction();
  if (part.refusal) return <Text data-testid="refusal-done">{t('dataRequests.refusal.done', { reasons: part.refusal.reasons })}</Text>;
  if (part.status !== 'received' && part.status !== 'identity-verified') return null;
  return (
    <Stack gap="xs" data-testid="refusal-step">
      <Title order={3} size="h5">{t('dataRequests.refusal.title')}</Title>
      <Textarea label={t('dataRequests.refusal.reasons')} autosize minRows={2} value={reasons} onChange={(e) => setReasons(e.currentTarget.value)} />
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
      <Group><Button color="red" variant="light" loading={act.busy} onClick={() => void act.run(() => refuseRequest(deps, caseId, reasons))}>{t('dataRequests.refusal.submit')}</Button></Group>
    </Stack>
  );
}
