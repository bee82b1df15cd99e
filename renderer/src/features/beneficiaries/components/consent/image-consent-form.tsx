import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '@renderer/components/use-action';
import { CONSENT_METHODS, IMAGE_USES } from '@shared/db/schemas/beneficiary.schema';
import type { ImageConsentErrors } from '@shared/consent/image-consent';
import { recordImageConsent, type ConsentDeps } from '../../data/consent-records';

const EMPTY = { uses: [] as string[], what: '', where: '', until: '', method: 'in-person' };

/** A new consent to use the person's photo, story or work: what, where, until when (policy 3.6a). */
export function ImageConsentForm({ deps, fileId, onDone }: { deps: ConsentDeps; fileId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState(EMPTY);
  const [paper, setPaper] = useState<File | null>(null);
  const [errors, setErrors] = useState<ImageConsentErrors>({});
  const save = useAction(async () => {
    const result = await recordImageConsent(deps, fileId, input, paper ? { file: paper, name: paper.name, type: paper.type } : null);
    if (result.ok) {
      setErrors({});
      onDone();
      return null;
    }
    if (typeof result.error === 'string') return result.error;
    setErrors(result.error);
    return null;
  });
  const problem = save.error ?? save.result ?? errors.list ?? null;
  const set = (patch: Partial<typeof EMPTY>) => setInput((current) => ({ ...current, ...patch }));
  const error = (field: keyof ImageConsentErrors) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <Stack gap="xs" data-testid="image-consent-form">
      <Checkbox.Group label={t('consent.image.uses')} value={input.uses} onChange={(uses) => set({ uses })} error={error('uses')}>
        <Group mt="xs">
          {IMAGE_USES.map((use) => <Checkbox key={use} value={use} label={t(`consent.image.use.${use}`)} />)}
        </Group>
      </Checkbox.Group>
      <TextInput label={t('consent.image.what')} value={input.what} onChange={(e) => set({ what: e.currentTarget.value })} error={error('what')} />
      <TextInput label={t('consent.image.where')} value={input.where} onChange={(e) => set({ where: e.currentTarget.value })} error={error('where')} />
      <TextInput type="date" label={t('consent.image.until')} value={input.until} onChange={(e) => set({ until: e.currentTarget.value })} error={error('until')} />
      <Select label={t('consent.image.method')} data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consent.method.${m}`) }))} value={input.method} onChange={(v) => set({ method: v ?? '' })} allowDeselect={false} error={error('method')} />
      {input.method === 'paper' && (
        <label className="wasl-file-pick">
          {paper ? paper.name : t('consent.paper.attach')}
          <input type="file" accept="application/pdf,image/jpeg,image/png" onChange={(e) => setPaper(e.currentTarget.files?.[0] ?? null)} />
        </label>
      )}
      {problem && <Alert color="red" role="alert">{t(problem)}</Alert>}
      <Group>
        <Button loading={save.busy} onClick={() => void save.run()}>{t('consent.image.submit')}</Button>
        <Button variant="default" onClick={onDone}>{t('consent.cancel')}</Button>
      </Group>
    </Stack>
  );
}
