import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, FileInput, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { readPrintSettings, writePrintSettings, type PrintSettings } from '@renderer/db/print-settings';
import { appendAudit } from '@renderer/stores/audit-log';
import { useAction, useLoad } from '@renderer/components/use-action';

type Props = { db: WaslDatabase; deskId: string; actorId: string };

async function fileToDataUrl(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  // The claimed type is not trusted: writePrintSettings re-labels it from the bytes, or refuses them.
  return `data:application/octet-stream;base64,${btoa(binary)}`;
}

/** The declaration's print options: bilingual or Arabic only, and the association's logo. */
export function PrintSettingsCard({ db, deskId, actorId }: Props) {
  const { t } = useTranslation();
  // What is stored, as read when the card opens and then as last saved; the form edits a copy.
  const read = useLoad(() => readPrintSettings(db), [db]);
  const [saved, setSaved] = useState<PrintSettings | null>(null);
  const stored = saved ?? read.result ?? null;
  const [edits, setEdits] = useState<{ bilingual?: boolean; logo?: string | null }>({});
  const bilingual = edits.bilingual ?? stored?.bilingualDeclaration ?? false;
  const logo = edits.logo !== undefined ? edits.logo : (stored?.logo ?? null);
  const setBilingual = (value: boolean) => setEdits((prev) => ({ ...prev, bilingual: value }));
  const setLogo = (value: string | null) => setEdits((prev) => ({ ...prev, logo: value }));
  const [file, setFile] = useState<File | null>(null);

  const save = useAction(async (before: PrintSettings) => {
    const nextLogo = file ? await fileToDataUrl(file) : logo;
    const written = await writePrintSettings(db, { bilingualDeclaration: bilingual, logo: nextLogo });
    if (!written.ok) return `errors.${written.error}`;
    const fields = [...(written.value.bilingualDeclaration !== before.bilingualDeclaration ? ['bilingualDeclaration'] : []), ...(written.value.logo !== before.logo ? ['logo'] : [])];
    await appendAudit(db, { actorId, action: 'desk.print-settings-update', entity: 'desk', entityId: deskId, fields, deskId });
    setSaved(written.value);
    setEdits({});
    setFile(null);
    return null;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stored) void save.run(stored);
  };
  // A refusal (the logo's bytes) and a failure (storage) read alike; success only once it went through.
  const refused = save.error ? t('errors.save-failed', { message: t(save.error) }) : save.result ? t(save.result) : null;
  const message = refused ? { ok: false, text: refused } : save.result === null && !save.busy ? { ok: true, text: t('settings.print.saved') } : null;

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('settings.print.title')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('settings.print.title')}
          </Title>
          <Checkbox label={t('settings.print.bilingual')} checked={bilingual} onChange={(e) => setBilingual(e.currentTarget.checked)} disabled={!stored} />
          <FileInput label={t('settings.print.logo')} accept="image/png,image/jpeg" value={file} onChange={setFile} clearable />
          {logo && !file && (
            <Group>
              <Stack gap={4}>
                <Text size="sm">{t('settings.print.logoPreview')}</Text>
                <Image src={logo} alt={t('settings.print.logoPreview')} w={64} h={64} fit="contain" />
              </Stack>
              <Button variant="subtle" color="red" onClick={() => setLogo(null)}>
                {t('settings.print.removeLogo')}
              </Button>
            </Group>
          )}
          {message && (
            <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Alert>
          )}
          <Group>
            <Button type="submit" disabled={!stored} loading={save.busy}>
              {t('settings.print.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
