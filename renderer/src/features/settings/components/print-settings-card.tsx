import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, FileInput, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { readPrintSettings, writePrintSettings, type PrintSettings } from '@renderer/db/print-settings';
import { appendAudit } from '@renderer/stores/audit-log';

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
  const [stored, setStored] = useState<PrintSettings | null>(null);
  const [bilingual, setBilingual] = useState(false);
  const [logo, setLogo] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void readPrintSettings(db).then((value) => {
      if (!live) return;
      setStored(value);
      setBilingual(value.bilingualDeclaration);
      setLogo(value.logo);
    });
    return () => {
      live = false;
    };
  }, [db]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!stored) return;
    setMessage(null);
    try {
      const nextLogo = file ? await fileToDataUrl(file) : logo;
      const written = await writePrintSettings(db, { bilingualDeclaration: bilingual, logo: nextLogo });
      if (!written.ok) return setMessage({ ok: false, text: t(`errors.${written.error}`) });
      const fields = [...(written.value.bilingualDeclaration !== stored.bilingualDeclaration ? ['bilingualDeclaration'] : []), ...(written.value.logo !== stored.logo ? ['logo'] : [])];
      await appendAudit(db, { actorId, action: 'desk.print-settings-update', entity: 'desk', entityId: deskId, fields, deskId });
      setStored(written.value);
      setLogo(written.value.logo);
      setFile(null);
      setMessage({ ok: true, text: t('settings.print.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('errors.save-failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <Card withBorder>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settings.print.title')}>
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
            <Button type="submit" disabled={!stored}>
              {t('settings.print.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
