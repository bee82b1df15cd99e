import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { verifyCode, type VerificationOutcome } from '../data';
import { useAction } from '@renderer/components/use-action';
import { fromScannerLayout } from './scanner-layout';
import { SnapshotView } from './snapshot-view';

const COLOR = { valid: 'teal', tampered: 'red', 'unknown-key': 'orange', 'not-found': 'gray', 'input-error': 'red' } as const;

type VerifiedDoc = NonNullable<Extract<VerificationOutcome, { doc: unknown }>['doc']>;

/** What was signed, to hold against the paper: number, version, state and the snapshot. */
function VerifiedRecord({ doc }: { doc: VerifiedDoc }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('declaration.number')}: <bdi dir="ltr">{doc.declarationNumber}</bdi> · {t('declaration.version', { version: doc.version })} ·{' '}
        {t(doc.signedAt ? 'declaration.state.signed' : 'declaration.state.draft')}
      </Text>
      <SnapshotView snapshot={doc.snapshot} />
    </Stack>
  );
}

/**
 * Verification of a printed declaration: type the short code, or scan the QR with a USB scanner
 * (it types the payload and presses Enter). The answer says whether the stored record still
 * matches its signed hash and the desk's signature, and shows what was signed, to hold against
 * the paper.
 */
/**
 * Another printed record this screen checks (composed by the app: a compensation minute): `claims` says
 * whether a typed code is one of its codes, `render` shows its check.
 */
export type OtherCheck = { claims(code: string): boolean; render(code: string): ReactNode };

export function VerificationScreen({ db, other }: { db: WaslDatabase; other?: OtherCheck }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [otherCode, setOtherCode] = useState<string | null>(null);
  const verify = useAction((code: string) => verifyCode(db, fromScannerLayout(code)));
  const outcome = otherCode === null ? (verify.result ?? null) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = fromScannerLayout(text);
    if (other?.claims(code)) {
      setOtherCode(code);
      return;
    }
    setOtherCode(null);
    void verify.run(text);
  };

  const message = (o: VerificationOutcome): string => {
    if (o.status === 'input-error') return t(`errors.${o.error}`);
    if (o.status === 'tampered') return t(`declaration.verify.tampered.${o.reason}`);
    return t(`declaration.verify.${o.status}`);
  };
  const doc = outcome && 'doc' in outcome ? outcome.doc : null;

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('declaration.verify.title')}
      </Title>
      <Text c="dimmed">{t('declaration.verify.hint')}</Text>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t('declaration.verify.code')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            classNames={{ input: 'wasl-verify-code' }}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            style={{ flexGrow: 1 }}
          />
          <Button type="submit" loading={verify.busy}>
            {t('declaration.verify.submit')}
          </Button>
        </Group>
      </form>
      {verify.error && (
        <Alert color="red" role="alert">
          {t(verify.error)}
        </Alert>
      )}
      {outcome && (
        <Alert color={COLOR[outcome.status]} role="status" data-testid="verification-result" data-status={outcome.status}>
          {message(outcome)}
        </Alert>
      )}
      {doc && <VerifiedRecord doc={doc} />}
      {otherCode !== null && other?.render(otherCode)}
    </Stack>
  );
}
