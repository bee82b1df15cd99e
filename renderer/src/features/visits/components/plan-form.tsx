import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Group, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { err } from '@shared/result';
import type { VisitPlanErrors, VisitPlanInput } from '@shared/visits';
import { useVisitAction } from '../hooks/use-visit-action';
import { planVisit, watchQuestionnaires, watchStaffOptions, watchVisitTypes, type VisitsDeps } from '../data';

export type PickedFile = { id: string; label: string };

type Props = { deps: VisitsDeps; filePicker: (onPick: (file: PickedFile) => void) => ReactNode; onPlanned: (id: string) => void };

const EMPTY: VisitPlanInput = { target: 'beneficiary', siteName: '', beneficiaryId: '', plannedDate: '', visitType: '', purpose: '', fieldWorkerId: '', questionnaireIds: [], previousVisitId: '' };

/** A manager plans a visit (policy 3.8c): the site or beneficiary, date, type (its checklist), field worker, questionnaires. */
export function PlanForm({ deps, filePicker, onPlanned }: Props) {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState<VisitPlanInput>(EMPTY);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [errors, setErrors] = useState<VisitPlanErrors>({});
  const types = useObservable(() => watchVisitTypes(deps), [deps], []);
  const staff = useObservable(() => watchStaffOptions(deps), [deps], []);
  const questionnaires = useObservable(() => watchQuestionnaires(deps), [deps], []);
  const set = <K extends keyof VisitPlanInput>(key: K, value: VisitPlanInput[K]) => setInput((current) => ({ ...current, [key]: value }));
  const fieldError = (key: keyof VisitPlanErrors) => (errors[key] ? t(`visits.plan.errors.${errors[key]}`) : undefined);
  const submit = useVisitAction();
  const plan = () => submit.run(async () => {
    const planned = await planVisit(deps, input);
    if (planned.ok) {
      setInput(EMPTY);
      setFile(null);
      setErrors({});
      onPlanned(planned.value.id);
      return planned;
    }
    setErrors('fields' in planned.error ? planned.error.fields : {});
    return err('fields' in planned.error ? 'visits.plan.invalid' : planned.error.key);
  });
  const pick = (ar: string, en: string) => (i18n.language === 'ar' ? ar : en);
  return (
    <Card withBorder data-testid="visit-plan-form">
      <Title order={2} size="h4" mb="sm">{t('visits.plan.title')}</Title>
      <Stack gap="sm">
        <NativeSelect label={t('visits.plan.target')} value={input.target} onChange={(e) => set('target', e.currentTarget.value)}
          data={[{ value: 'beneficiary', label: t('visits.target.beneficiary') }, { value: 'site', label: t('visits.target.site') }]} />
        {input.target === 'site' ? (
          <TextInput label={t('visits.plan.siteName')} value={input.siteName} error={fieldError('siteName')} onChange={(e) => set('siteName', e.currentTarget.value)} />
        ) : (
          <Stack gap={4}>
            {file ? <Group><span data-testid="visit-plan-file">{file.label}</span><Button variant="subtle" size="xs" onClick={() => { setFile(null); set('beneficiaryId', ''); }}>{t('visits.plan.changeFile')}</Button></Group>
              : filePicker((picked) => { setFile(picked); set('beneficiaryId', picked.id); })}
            {errors.beneficiaryId && <Alert color="red" role="alert">{fieldError('beneficiaryId')}</Alert>}
          </Stack>
        )}
        <TextInput type="date" label={t('visits.plan.date')} value={input.plannedDate} error={fieldError('plannedDate')} onChange={(e) => set('plannedDate', e.currentTarget.value)} />
        <NativeSelect label={t('visits.plan.type')} value={input.visitType} error={fieldError('visitType')} onChange={(e) => set('visitType', e.currentTarget.value)}
          data={[{ value: '', label: t('visits.plan.choose') }, ...types.filter((type) => type.active).map((type) => ({ value: type.key, label: pick(type.labelAr, type.labelEn) }))]} />
        <NativeSelect label={t('visits.plan.fieldWorker')} value={input.fieldWorkerId} error={fieldError('fieldWorkerId')} onChange={(e) => set('fieldWorkerId', e.currentTarget.value)}
          data={[{ value: '', label: t('visits.plan.choose') }, ...staff.filter((s) => s.fieldWorker).map((s) => ({ value: s.id, label: s.name }))]} />
        <Textarea label={t('visits.plan.purpose')} value={input.purpose} error={fieldError('purpose')} onChange={(e) => set('purpose', e.currentTarget.value)} />
        {questionnaires.length > 0 && (
          <Checkbox.Group label={t('visits.plan.questionnaires')} value={input.questionnaireIds as string[]} onChange={(ids) => set('questionnaireIds', ids)} error={fieldError('questionnaireIds')}>
            <Group mt={4}>{questionnaires.map((q) => <Checkbox key={q.id} value={q.id} label={q.title} />)}</Group>
          </Checkbox.Group>
        )}
        {submit.problem && <Alert color="red" role="alert">{t(submit.problem)}</Alert>}
        <Group><Button loading={submit.busy} onClick={() => void plan()}>{t('visits.plan.submit')}</Button></Group>
      </Stack>
    </Card>
  );
}
