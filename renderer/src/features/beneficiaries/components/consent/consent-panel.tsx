import { useState } from 'react';
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { useResultAction } from '@renderer/components/use-result-action';
import { PdfDownloadButton } from '@renderer/components/pdf-download-button';
import { consentHistory, consentInForceAt } from '@shared/consent/consent-log';
import { isCompleteFile } from '@shared/registry/held-copy';
import { currentNotice, type NoticeVersion } from '@shared/consent/privacy-notice';
import { CONSENT_METHODS, type BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { attachConsentForm, recordConsent, watchNotices, type ConsentDeps } from '../../data/consent-records';
import { followBeneficiary } from '../../data/open-beneficiary';
import { noticePdf } from '../../data/consent-pdf';
import { staffDisplayNames } from '@renderer/db/staff-name';
import { ConsentHistory } from './consent-history';
import { ImageConsentPanel } from './image-consent-panel';
import { WithdrawForm } from './withdraw-form';

const PAPER_TYPES = 'application/pdf,image/jpeg,image/png';

/** Consent given again, to the current notice (e.g. after a new version, or to lift a withdrawal). */
function RenewForm({ deps, file, notice }: { deps: ConsentDeps; file: BeneficiaryDoc; notice: NoticeVersion }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState('in-person');
  const act = useResultAction();
  return (
    <Stack gap="xs">
      <Group align="end">
        <Select label={t('consent.renew.method')} data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consent.method.${m}`) }))} value={method} onChange={(v) => setMethod(v ?? '')} allowDeselect={false} />
        <Button variant="light" loading={act.busy} onClick={() => void act.run(() => recordConsent(deps, file.id, { noticeVersion: notice.version, method }))}>
          {t('consent.renew.submit', { version: notice.version })}
        </Button>
      </Group>
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
    </Stack>
  );
}

/** The signed paper form of a consent given on paper, picked from disk into the file store. */
function AttachPaper({ deps, fileId, stepId }: { deps: ConsentDeps; fileId: string; stepId: string }) {
  const { t } = useTranslation();
  const act = useResultAction();
  return (
    <Stack gap={4}>
      <label className="wasl-file-pick">
        {t('consent.paper.attach')}
        <input type="file" accept={PAPER_TYPES} disabled={act.busy} onChange={(e) => {
          const picked = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (picked) void act.run(() => attachConsentForm(deps, fileId, stepId, { file: picked, name: picked.name, type: picked.type }));
        }} />
      </label>
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
    </Stack>
  );
}

/**
 * The file's consent (PDPL Art. 5, 12): what stands now, its history, the notice to print for the
 * beneficiary, withdrawal, a new consent to the current notice; then the image consents (policy 3.6a).
 */
export function ConsentPanel({ deps, beneficiaryId, associationName }: { deps: ConsentDeps; beneficiaryId: string; associationName: string }) {
  const { t } = useTranslation();
  const watched = useObservable(() => followBeneficiary(deps.db, beneficiaryId), [deps.db, beneficiaryId], null);
  // A duplicate-check copy of another desk's file has no consent to show.
  const file = watched && isCompleteFile(watched) ? watched : null;
  const notices = useObservable(() => watchNotices(deps.db), [deps.db], []);
  const [withdrawing, setWithdrawing] = useState(false);
  const steps = file ? consentHistory(file) : [];
  const staffIds = [...steps.map((s) => s.by), ...(file?.imageConsents ?? []).flatMap((c) => [c.givenBy, c.withdrawnBy ?? ''])].filter(Boolean);
  const { result: names } = useLoad(() => staffDisplayNames(deps.db, staffIds), [deps.db, staffIds.join()]);
  if (!file) return null;
  const now = deps.now().toISOString();
  const state = consentInForceAt(file, now);
  const latest = currentNotice(notices);
  const consented = notices.find((n) => n.version === state.given?.noticeVersion) ?? null;
  const pendingPaper = steps.filter((s) => s.kind === 'given' && s.method === 'paper' && !s.paperForm).at(-1);
  // A merged file is kept for the record only: its person's consent is recorded on the survivor.
  const open = !file.mergedInto;
  const renew = open && latest && (state.given?.noticeVersion !== latest.version || state.stoppedChannels.length > 0 || state.samplingStopped);
  return (
    <Card withBorder data-testid="consent-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('consent.title')}</Title>
        <Text size="sm" data-testid="consent-current">
          {state.given ? t('consent.current', { version: state.given.noticeVersion || t('consent.history.unversioned'), method: t(`consent.method.${state.given.method}`) }) : t('consent.none')}
        </Text>
        <Text size="sm" data-testid="consent-stopped">
          {state.stoppedChannels.length === 0 && !state.samplingStopped
            ? t('consent.stopped.none')
            : t('consent.stopped.some', { what: [...state.stoppedChannels.map((c) => t(`consent.channel.${c}`)), ...(state.samplingStopped ? [t('consent.stopped.sampling')] : [])].join('، ') })}
        </Text>
        <ConsentHistory steps={steps} names={names ?? {}} />
        <Group>
          {(consented ?? latest) && <PdfDownloadButton label={t('consent.print', { version: (consented ?? latest)!.version })} make={() => noticePdf(associationName, (consented ?? latest)!, file, deps.now())} />}
          {open && !withdrawing && <Button variant="light" color="red" onClick={() => setWithdrawing(true)}>{t('consent.withdraw.open')}</Button>}
        </Group>
        {open && pendingPaper && <AttachPaper deps={deps} fileId={file.id} stepId={pendingPaper.id} />}
        {withdrawing && <WithdrawForm deps={deps} beneficiaryId={file.id} onDone={() => setWithdrawing(false)} />}
        {renew && <RenewForm deps={deps} file={file} notice={latest} />}
        {open && <ImageConsentPanel deps={deps} file={file} names={names ?? {}} associationName={associationName} />}
      </Stack>
    </Card>
  );
}
