import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Loader, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { differingFields, mergeRefusal, type MergeChoiceField, type MergeChoices } from '@shared/registry/merge-files';
import { useAction, useLoad } from '@renderer/components/use-action';
import type { DuplicatesDeps } from '../data/deps';
import { readPair } from '../data/list-pairs';
import { mergeFiles } from '../data/merge-files';
import { fieldText } from './field-value';

interface MergePanelProps {
  deps: DuplicatesDeps;
  first: string;
  second: string;
  fileHref: (id: string) => string;
  onBack: () => void;
}


type Loaded = { a: BeneficiaryDoc; b: BeneficiaryDoc } | { error: string } | null;

type Pair = { a: BeneficiaryDoc; b: BeneficiaryDoc };
type Done = { survivor: BeneficiaryDoc; other: string };

/** The two files as read, or why they cannot be shown; the fields in which they differ. */
function usePair(deps: DuplicatesDeps, first: string, second: string) {
  const reading = useLoad(() => readPair(deps, first, second), [deps, first, second]);
  const found = reading.result;
  const failed = reading.error;
  const loaded = useMemo((): Loaded => {
    if (!found) return failed ? { error: failed } : null;
    const [a, b] = found;
    return a && b ? { a, b } : { error: 'errors.merge.not-found' };
  }, [found, failed]);
  const pair = loaded && 'a' in loaded ? loaded : null;
  const fields = useMemo(() => (pair ? differingFields(pair.a, pair.b) : []), [pair]);
  return { loaded, pair, fields };
}

function MergedNotice({ done, fileHref, back }: { done: Done; fileHref: (id: string) => string; back: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" role="status">{t('duplicates.merged', { other: done.other, survivor: done.survivor.fileNumber })}</Alert>
      <Group>
        <Anchor component={Link} to={fileHref(done.survivor.id)}>{t('duplicates.openSurvivor', { fileNumber: done.survivor.fileNumber })}</Anchor>
        {back}
      </Group>
    </Stack>
  );
}

function RefusedNotice({ refusal, back }: { refusal: string; back: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">{t('duplicates.mergeTitle')}</Title>
      <Alert color="red" role="alert">{t(refusal)}</Alert>
      {back}
    </Stack>
  );
}

type ChoiceTableProps = { pair: Pair; fields: readonly MergeChoiceField[]; chosen: (field: string) => string; onPick: (field: string, id: string) => void };

/** One row per differing field, one radio per file: whose value the merged file keeps. */
function ChoiceTable({ pair, fields, chosen, onPick }: ChoiceTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('duplicates.field')}</Table.Th>
          {[pair.a, pair.b].map((doc) => (
            <Table.Th key={doc.id}>
              {t('duplicates.fileColumn')} <bdi dir="ltr">{doc.fileNumber}</bdi>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => {
          const label = t(`duplicates.fields.${field}`);
          const kept = chosen(field);
          return (
            <Table.Tr key={field} data-testid={`choice-${field}`}>
              <Table.Th scope="row">{label}</Table.Th>
              {[pair.a, pair.b].map((doc) => {
                const text = fieldText(doc, field, t, i18n.language) || t('duplicates.empty');
                return (
                  <Table.Td key={doc.id}>
                    <Radio
                      name={`choice-${field}`}
                      value={doc.id}
                      checked={kept === doc.id}
                      onChange={() => onPick(field, doc.id)}
                      label={text}
                      aria-label={`${t('duplicates.chooseFor', { field: label })}: ${t('duplicates.fromFile', { fileNumber: doc.fileNumber })}`}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Both files side by side: which file stays, whose value each differing field keeps, then confirm. */
export function MergePanel({ deps, first, second, fileHref, onBack }: MergePanelProps) {
  const { t } = useTranslation();
  const { loaded, pair, fields } = usePair(deps, first, second);
  const [survivorId, setSurvivorId] = useState(first);
  // Per field, the id of the file whose value is kept; unset keeps the survivor's.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const merging = useAction(mergeFiles);
  const [done, setDone] = useState<Done | null>(null);
  if (!loaded) return <Loader aria-label={t('app.loading')} />;
  const refused = pair ? mergeRefusal(pair.a, pair.b) : null;
  const refusal = refused ? `errors.${refused}` : pair ? null : (loaded as { error: string }).error;
  const back = <Button variant="default" onClick={onBack}>{t('duplicates.back')}</Button>;

  if (done) return <MergedNotice done={done} fileHref={fileHref} back={back} />;
  if (!pair || refusal) return <RefusedNotice refusal={refusal ?? 'errors.merge.not-found'} back={back} />;

  const survivor = survivorId === pair.b.id ? pair.b : pair.a;
  const other = survivor === pair.a ? pair.b : pair.a;
  const confirm = async () => {
    const choices: MergeChoices = Object.fromEntries(fields.map((f) => [f, (picked[f] ?? survivor.id) === other.id ? 'other' : 'survivor']));
    const merged = await merging.run(deps, survivor.id, other.id, choices);
    if (!merged.ok) return;
    if (merged.value.ok) setDone({ survivor: merged.value.value, other: other.fileNumber });
    else merging.fail(`errors.${merged.value.error}`);
  };
  const error = merging.error && (merging.error.startsWith('errors.failure.') ? t('errors.merge.failed', { message: t(merging.error) }) : t(merging.error));

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('duplicates.mergeTitle')}</Title>
      <Radio.Group label={t('duplicates.survivor')} description={t('duplicates.survivorHint')} value={survivorId} onChange={setSurvivorId}>
        <Group mt="xs">
          {[pair.a, pair.b].map((doc) => (
            <Radio key={doc.id} value={doc.id} label={t('duplicates.keepFile', { fileNumber: doc.fileNumber })} />
          ))}
        </Group>
      </Radio.Group>
      {fields.length === 0 ? (
        <Text>{t('duplicates.noDifferences')}</Text>
      ) : (
        <ChoiceTable pair={pair} fields={fields} chosen={(field) => picked[field] ?? survivor.id} onPick={(field, id) => setPicked((current) => ({ ...current, [field]: id }))} />
      )}
      <Text c="dimmed">{t('duplicates.united')}</Text>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group>
        <Button onClick={() => void confirm()} loading={merging.busy}>{t('duplicates.confirm')}</Button>
        {back}
      </Group>
    </Stack>
  );
}
