import { useState } from 'react';
import { Alert, Card, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { of } from 'rxjs';
import { useObservable } from '@renderer/components/use-observable';
import { INTERACTION_LIMITS } from '@shared/db/schemas/interaction.schema';
import { logChangeContact, watchChangedTypes, watchToInform, type CasesDeps, type InformRow } from '../data';
import { useBilingual } from '../hooks/use-catalog-kind';
import { useCaseAction } from '../hooks/use-case-action';
import { InformChangesTable } from './inform-changes-table';

type Props = { deps: CasesDeps; requestHref: (id: string) => string };

/**
 * Keeping beneficiaries informed of changes (policy 3.7c): pick a request type whose requirements changed,
 * then tell each beneficiary listed on their agreed channel and log it; a logged contact drops them from
 * the list (data/inform-of-changes.ts says how a contact is known to be about the change).
 */
export function InformChangesScreen({ deps, requestHref }: Props) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const types = useObservable(() => watchChangedTypes(deps), [deps], null);
  const [typeKey, setTypeKey] = useState('');
  const list = useObservable(() => (typeKey ? watchToInform(deps, typeKey) : of(null)), [deps, typeKey], null);
  const shown = list && list.change.key === typeKey ? list : null;
  const [summary, setSummary] = useState('');
  const [logged, setLogged] = useState<string | null>(null);
  const action = useCaseAction();
  const onLog = async (row: InformRow) => {
    if (!shown) return;
    setLogged(null);
    const { change } = shown;
    const subject = t('cases.informChanges.subject', { type: pick(change.labelAr, change.labelEn), version: change.version });
    const done = await action.run(() => logChangeContact(deps, { typeKey: change.key, version: change.version, beneficiaryId: row.beneficiaryId, subject, summary }));
    if (done) setLogged(row.file?.fullName ?? '');
  };
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('cases.informChanges.title')}
      </Title>
      <Text>{t('cases.informChanges.intro')}</Text>
      {types && types.length === 0 ? (
        <Text c="dimmed">{t('cases.informChanges.noChanges')}</Text>
      ) : (
        <NativeSelect
          label={t('cases.informChanges.type')}
          value={typeKey}
          onChange={(e) => {
            setTypeKey(e.currentTarget.value);
            setLogged(null);
            action.clear();
          }}
          data={[{ value: '', label: t('cases.form.choose') }, ...(types ?? []).map((c) => ({ value: c.key, label: t('cases.informChanges.typeOption', { name: pick(c.labelAr, c.labelEn), version: c.version }) }))]}
        />
      )}
      {shown && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('cases.informChanges.list')}
            </Title>
            <Textarea label={t('cases.informChanges.summary')} autosize minRows={2} maxLength={INTERACTION_LIMITS.summary} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
            {action.problem && (
              <Alert color="red" role="alert">
                {t(action.problem)}
              </Alert>
            )}
            {logged !== null && (
              <Alert color="green" role="status">
                {t('cases.informChanges.logged', { name: logged })}
              </Alert>
            )}
            <InformChangesTable rows={shown.rows} busy={action.busy} requestHref={requestHref} onLog={(row) => void onLog(row)} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
