import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { ErasureRecord } from '@shared/data-rights/erasure-record';
import { PdfDownloadButton } from '@renderer/components/pdf-download-button';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { answerDataRequest } from '../data/answer-request';
import { watchErasureRecord } from '../data/data-request-queries';
import { ERASURE_RUNNERS, holdsAny, type DataRequestsDeps } from '../data/deps';
import { eraseForRequest } from '../data/erase-for-request';
import { downloadPersonalDataJson, personalDataPdf } from '../data/personal-data-files';
import { useDataRequestAction } from '../hooks/use-data-request-action';

type Props = { deps: DataRequestsDeps; doc: CaseDoc; associationName: string; editFileHref: (id: string) => string };

/** What the erasure kept and why (PDPL Art. 18(1); the requester is told): each kept record, named with its reason. */
export function KeptList({ record }: { record: ErasureRecord }) {
  const { t } = useTranslation();
  const shown = record.kept.filter((kept) => kept.collection !== 'audit');
  const audit = record.kept.some((kept) => kept.collection === 'audit');
  return (
    <Stack gap="xs" data-testid="erasure-kept">
      <Text fw={600}>{t('dataRequests.erasure.kept')}</Text>
      <List>
        {shown.map((kept) => <List.Item key={kept.id}><bdi dir="ltr">{kept.number}</bdi> — {t(`erasure.kept.${kept.reason}`)}</List.Item>)}
        {audit && <List.Item>{t('erasure.kept.audit-trail')}</List.Item>}
      </List>
    </Stack>
  );
}

/** The erasure (after a confirmation): the desk's anonymisation with its record; then what is kept. */
function ErasurePart({ deps, doc }: Pick<Props, 'deps' | 'doc'>) {
  const { t } = useTranslation();
  const record = useObservable(() => watchErasureRecord(deps.db, doc.beneficiaryId), [deps.db, doc.beneficiaryId], null);
  const [confirming, setConfirming] = useState(false);
  const act = useDataRequestAction();
  if (record) return <KeptList record={record} />;
  if (!holdsAny(deps.roles, ERASURE_RUNNERS)) return <Alert color="gray">{t('dataRequests.erasure.adminOnly')}</Alert>;
  return (
    <Stack gap="xs">
      {!confirming ? (
        <Group><Button color="red" onClick={() => setConfirming(true)}>{t('dataRequests.erasure.run')}</Button></Group>
      ) : (
        <Alert color="red" title={t('dataRequests.erasure.confirmTitle')} data-testid="erasure-confirm">
          <Text size="sm" mb="xs">{t('dataRequests.erasure.confirmText')}</Text>
          <Group>
            <Button color="red" loading={act.busy} onClick={() => void act.run(() => eraseForRequest(deps, doc.id))}>{t('dataRequests.erasure.confirm')}</Button>
            <Button variant="default" onClick={() => setConfirming(false)}>{t('dataRequests.erasure.cancel')}</Button>
          </Group>
        </Alert>
      )}
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
    </Stack>
  );
}

/** The copies for access and copy requests: the Arabic PDF and the JSON, both audited when produced. */
function CopiesPart({ deps, doc, associationName }: Pick<Props, 'deps' | 'doc' | 'associationName'>) {
  const { t } = useTranslation();
  const json = useAction(() => downloadPersonalDataJson(deps, doc));
  return (
    <Group align="flex-start">
      <PdfDownloadButton label={t('dataRequests.copies.pdf')} make={() => personalDataPdf(deps, doc, associationName)} />
      <Button variant="light" loading={json.busy} onClick={() => void json.run()}>{t('dataRequests.copies.json')}</Button>
      {json.error && <Alert color="red" role="alert">{t(json.error)}</Alert>}
    </Group>
  );
}

/** The answer: what each kind needs first, then "answered" (refused before the identity check). */
export function RequestAnswer({ deps, doc, associationName, editFileHref }: Props) {
  const { t } = useTranslation();
  const [informed, setInformed] = useState('');
  const act = useDataRequestAction();
  const part = doc.dataRequest;
  if (!part) return null;
  const open = part.status === 'received' || part.status === 'identity-verified';
  const kind = part.subKind;
  return (
    <Stack gap="sm" data-testid="answer-step">
      <Title order={2} size="h4">{t('dataRequests.answer.title')}</Title>
      {(kind === 'access' || kind === 'copy') && open && <CopiesPart deps={deps} doc={doc} associationName={associationName} />}
      {kind === 'correction' && open && <Anchor href={`#${editFileHref(doc.beneficiaryId)}`}>{t('dataRequests.correction.edit')}</Anchor>}
      {kind === 'correction' && open && <Textarea label={t('dataRequests.correction.informed')} autosize minRows={2} value={informed} onChange={(e) => setInformed(e.currentTarget.value)} />}
      {kind === 'erasure' && part.status !== 'refused' && <ErasurePart deps={deps} doc={doc} />}
      {part.status === 'answered' && part.answeredAt && <Text data-testid="answered">{t('dataRequests.answer.done', { at: riyadhDateOf(Date.parse(part.answeredAt)) })}</Text>}
      {open && (
        <Group><Button loading={act.busy} onClick={() => void act.run(() => answerDataRequest(deps, doc.id, informed))}>{t('dataRequests.answer.submit')}</Button></Group>
      )}
      {act.problem && <Alert color="red" role="alert">{t(act.problem)}</Alert>}
    </Stack>
  );
}
