import { useState } from 'react';
import { Alert, Button, MultiSelect, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_PURPOSES, type CampaignPurpose, type SurveyMethod } from '@shared/db/schemas/survey.schema';
import { METHODS_BY_PURPOSE, type CampaignDraft, type CampaignErrors } from '@shared/surveys/campaign';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { DualCalendarDateField } from '@renderer/components/dual-calendar-date-field';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { createCampaign } from '../data/campaigns';
import { watchLatestQuestionnaires } from '../data/questionnaires';
import type { SurveysDeps } from '../data/deps';
import { surveyErrorKey } from '../hooks/survey-error-key';
import { useWording } from './question-field';

type Props = { deps: SurveysDeps; staff: readonly { id: string; name: string }[]; onCreated: (id: string) => void };

/** A new campaign (policy 3.8a/b/d): questionnaire version, period, method; the sample is drawn on saving. */
export function CampaignForm({ deps, staff, onCreated }: Props) {
  const { t } = useTranslation();
  const say = useWording();
  const questionnaires = useObservable(() => watchLatestQuestionnaires(deps), [deps], []);
  // The period defaults to this month so far (Riyadh dates): the usual periodic campaign.
  const [draft, setDraft] = useState<CampaignDraft>(() => {
    const today = riyadhDateOf(deps.now().getTime());
    return { name: '', purpose: 'periodic', method: 'phone', questionnaireId: '', periodFrom: `${today.slice(0, 8)}01`, periodTo: today, sampleSize: 10 };
  });
  const [workers, setWorkers] = useState<string[]>([]);
  const [errors, setErrors] = useState<CampaignErrors>({});
  const create = useAction(createCampaign);
  const set = (patch: Partial<CampaignDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const tr = (key: keyof CampaignErrors) => (errors[key] ? t(surveyErrorKey(String(errors[key]))) : undefined);
  const submit = async () => {
    const outcome = await create.run(deps, draft, workers);
    if (!outcome.ok) return;
    if (!outcome.value.ok) return setErrors(outcome.value.error);
    onCreated(outcome.value.value.campaign.id);
  };
  const setPurpose = (purpose: CampaignPurpose) => set({ purpose, method: METHODS_BY_PURPOSE[purpose][0] ?? 'desk' });
  return (
    <form noValidate data-testid="campaign-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Stack gap="sm">
        <Title order={1} size="h2">{t('surveys.campaign.newTitle')}</Title>
        <TextInput label={t('surveys.campaign.name')} withAsterisk value={draft.name} error={tr('name')} onChange={(e) => set({ name: e.currentTarget.value })} />
        <Select label={t('surveys.campaign.purpose')} allowDeselect={false} value={draft.purpose} data={CAMPAIGN_PURPOSES.map((p) => ({ value: p, label: t(`surveys.purpose.${p}`) }))} onChange={(v) => v && setPurpose(v as CampaignPurpose)} />
        <Select label={t('surveys.campaign.method')} allowDeselect={false} value={draft.method} error={tr('method')} data={METHODS_BY_PURPOSE[draft.purpose].map((m) => ({ value: m, label: t(`surveys.method.${m}`) }))} onChange={(v) => v && set({ method: v as SurveyMethod })} />
        <Select
          label={t('surveys.campaign.questionnaire')}
          withAsterisk
          value={draft.questionnaireId || null}
          error={tr('questionnaireId')}
          data={questionnaires.map((q) => ({ value: q.id, label: `${q.title ? say(q.title) : ''} — ${t('surveys.version', { n: q.seriesVersion ?? 1 })}` }))}
          onChange={(v) => set({ questionnaireId: v ?? '' })}
        />
        <DualCalendarDateField id="campaign-from" label={t('surveys.campaign.periodFrom')} required value={draft.periodFrom} error={tr('periodFrom')} onChange={(v) => set({ periodFrom: v })} />
        <DualCalendarDateField id="campaign-to" label={t('surveys.campaign.periodTo')} required value={draft.periodTo} error={tr('periodTo')} onChange={(v) => set({ periodTo: v })} />
        <NumberInput label={t('surveys.campaign.sampleSize')} description={t('surveys.campaign.sampleHint')} value={draft.sampleSize} error={tr('sampleSize')} onChange={(v) => set({ sampleSize: typeof v === 'number' ? v : Number.NaN })} />
        <MultiSelect label={t('surveys.campaign.assignedTo')} description={t('surveys.campaign.assignedHint')} placeholder={t('surveys.campaign.assignedPlaceholder')} value={workers} data={staff.map((s) => ({ value: s.id, label: s.name }))} onChange={setWorkers} />
        {create.error && <Alert color="red" role="alert">{t(create.error)}</Alert>}
        <Button type="submit" loading={create.busy}>{t('surveys.campaign.create')}</Button>
      </Stack>
    </form>
  );
}
