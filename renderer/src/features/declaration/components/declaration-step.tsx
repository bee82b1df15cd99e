import { useCallback, useRef, useState } from 'react';
import type { Result } from '@shared/result';
import { Alert, Badge, Button, Card, FileInput, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { shortCode } from '@shared/declaration/verification-code';
import { attachSignedScan, createDeclaration, declarationState, printForPaper, signOnPad, type DeclarationDeps, type DeclarationErrorCode } from '../data';
import { useAction } from '@renderer/components/use-action';
import { outputDeclaration, type DeclarationLook } from '../data/declaration-pdf';
import { useCurrentDeclaration } from '../hooks/use-declaration';
import { SignaturePadField, type PadHandle } from './signature-pad-field';
import { SnapshotView } from './snapshot-view';

/** A step the person takes: it may refuse with a typed code, or throw. */
type Task = () => Promise<Result<unknown, DeclarationErrorCode | 'file.empty'> | void>;

type Props = { deps: DeclarationDeps; request: RequestDoc; bilingual?: boolean; logo?: string | null };

/**
 * The signing step of a completed request (policy 3.3 d): the declaration as it will be printed,
 * then either the beneficiary signs on the pad, or the paper is printed with an empty box and the
 * scan of the signed paper is attached. Referral is open only once one of them is done.
 */
export function DeclarationStep({ deps, request, bilingual = false, logo = null }: Props) {
  const { t } = useTranslation();
  const doc = useCurrentDeclaration(deps, request);
  // A request referred before declarations were signed for real has none to show.
  if (doc === null && request.status !== 'awaiting-signature') return null;
  if (doc === undefined) return <Loader size="sm" aria-label={t('declaration.loading')} />;
  if (doc === null) return <PrepareCard deps={deps} requestId={request.id} />;
  return <DeclarationCard deps={deps} doc={doc} look={{ bilingual, logo }} />;
}

/**
 * No declaration yet: it is made when the receptionist asks (rendering writes nothing), so a desk
 * that only looks at the request takes no number. The live query then shows the new draft.
 */
function PrepareCard({ deps, requestId }: { deps: DeclarationDeps; requestId: string }) {
  const { t } = useTranslation();
  // A refusal shows as its translated code; a thrown failure as the translated "could not prepare".
  const action = useAction(() => createDeclaration(deps, requestId));
  const busy = action.busy;
  const prepare = async () => {
    const done = await action.run();
    if (done.ok && !done.value.ok) action.fail(`errors.${done.value.error}`);
  };
  const problem = action.error && (action.error.startsWith('errors.failure.') ? t('declaration.prepareFailed') : t(action.error));
  return (
    <Card withBorder data-testid="declaration-step">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('declaration.title')}
        </Title>
        <Text size="sm">{t('declaration.prepareHint')}</Text>
        <Group>
          <Button loading={busy} onClick={() => void prepare()}>
            {t('declaration.prepare')}
          </Button>
        </Group>
        <ProblemAlert problem={problem} />
      </Stack>
    </Card>
  );
}

function DeclarationCard({ deps, doc, look }: { deps: DeclarationDeps; doc: DeclarationDoc; look: DeclarationLook }) {
  const { t } = useTranslation();
  const state = declarationState(doc);
  const pad = useRef<PadHandle | null>(null);
  const onReady = useCallback((handle: PadHandle) => {
    pad.current = handle;
  }, []);
  const [scan, setScan] = useState<File | null>(null);
  const action = useAction(async (task: Task) => task());
  const busy = action.busy;
  // A refusal the task returns shows like a failure it throws: both as translated text.
  const run = async (task: Task) => {
    const done = await action.run(task);
    if (done.ok && done.value && !done.value.ok) action.fail(`errors.${done.value.error}`);
  };
  const problem = action.error && (action.error.startsWith('errors.failure.') ? t('declaration.failed', { message: t(action.error) }) : t(action.error));
  const sign = () => run(() => signOnPad(deps, doc.id, pad.current?.png() ?? null));
  const paper = () =>
    run(async () => {
      const sealed = await printForPaper(deps, doc.id);
      if (sealed.ok) await outputDeclaration(deps, sealed.value, 'print', look);
      return sealed;
    });
  const attach = () => run(async () => (scan ? attachSignedScan(deps, doc.id, scan, scan.name) : { ok: false as const, error: 'file.empty' as const }));

  return (
    <Card withBorder data-testid="declaration-step">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('declaration.title')}
          </Title>
          <Badge color={state === 'signed' ? 'teal' : state === 'awaiting-scan' ? 'orange' : 'gray'} data-testid="declaration-state">
            {t(`declaration.state.${state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('declaration.number')}: <bdi dir="ltr">{doc.declarationNumber}</bdi>
          {doc.version > 1 && ` · ${t('declaration.version', { version: doc.version })}`}
        </Text>
        <SnapshotView snapshot={doc.snapshot} />
        {state === 'draft' && (
          <>
            <SignaturePadField onReady={onReady} disabled={busy} onDraw={() => action.error && action.reset()} />
            <Group>
              <Button loading={busy} onClick={() => void sign()}>
                {t('declaration.sign')}
              </Button>
              <Button variant="light" loading={busy} onClick={() => void paper()}>
                {t('declaration.printForPaper')}
              </Button>
            </Group>
          </>
        )}
        {state === 'awaiting-scan' && (
          <Stack gap="xs">
            <Alert color="orange">{t('declaration.awaitingScan')}</Alert>
            <FileInput label={t('declaration.scan')} accept="application/pdf,image/png,image/jpeg" value={scan} onChange={setScan} clearable />
            <Group>
              <Button loading={busy} disabled={!scan} onClick={() => void attach()}>
                {t('declaration.attachScan')}
              </Button>
              <Button variant="default" loading={busy} onClick={() => void run(() => outputDeclaration(deps, doc, 'print', look))}>
                {t('declaration.reprint')}
              </Button>
            </Group>
          </Stack>
        )}
        {state === 'signed' && (
          <Stack gap="xs">
            <Alert color="teal">{t(doc.signature.method === 'pad' ? 'declaration.signedOnPad' : 'declaration.signedOnPaper')}</Alert>
            <Text size="sm">
              {t('declaration.shortCode')}: <bdi className="wasl-verify-code" data-testid="declaration-short-code">{shortCode(doc.declarationNumber, doc.hash)}</bdi>
            </Text>
            <Group>
              <Button variant="light" loading={busy} onClick={() => void run(() => outputDeclaration(deps, doc, 'print', look))}>
                {t('declaration.print')}
              </Button>
              <Button variant="default" loading={busy} onClick={() => void run(() => outputDeclaration(deps, doc, 'save', look))}>
                {t('declaration.save')}
              </Button>
            </Group>
          </Stack>
        )}
        <ProblemAlert problem={problem} />
      </Stack>
    </Card>
  );
}

function ProblemAlert({ problem }: { problem: string | null }) {
  return problem ? (
    <Alert color="red" role="alert">
      {problem}
    </Alert>
  ) : null;
}
