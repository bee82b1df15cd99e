import { Alert, Button, Checkbox, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadObjectUrl } from '@renderer/bridge/browser-pdf-output';
import { useAction } from '@renderer/components/use-action';
import { useLocale } from '@renderer/i18n/use-locale';
import type { ImportSummary, RowVerdict } from '@shared/import/import-plan';
import { rejectedRowsXlsx } from '../data/rejected-rows';
import type { ImportState } from '../hooks/use-import';
import { verdictText } from './reason-text';

/** Rows listed on screen; all of them go into the rejected-rows file. */
const SHOWN_ROWS = 200;

function Counts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={4} role="list" aria-label={t('import.review.summary')}>
      {(['add', 'skip', 'invalid', 'duplicate'] as const).map((kind) => (
        <div key={kind} role="listitem" data-testid={`import-count-${kind}`}>
          <Text size="xl" fw={700}>{summary[kind]}</Text>
          <Text size="sm">{t(`import.review.${kind}`)}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** The dry run's summary with the reasons of every row left out, the rejected-rows file, and the import with its progress. */
export function ReviewStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { file, summary, verdicts, write, progress } = state;
  const download = useAction(async () => {
    if (!file) return;
    const blob = await rejectedRowsXlsx(file.sheet, verdicts, t('import.review.reasonColumn'), (verdict) => verdictText(t, locale, verdict));
    const url = URL.createObjectURL(blob);
    const base = file.name.replace(/\.[^.]+$/, '');
    downloadObjectUrl(url, `${base}-${t('import.review.rejectedSuffix')}.xlsx`);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });
  if (!file || !summary) return null;
  const left = verdicts.filter((verdict): verdict is Exclude<RowVerdict, { kind: 'add' }> => verdict.kind !== 'add');
  const done = write.result ?? null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">{t('import.review.title')}</Title>
      <Counts summary={summary} />
      {summary.skip > 0 || state.includePossible ? (
        <Checkbox label={t('import.review.includePossible')} checked={state.includePossible} disabled={write.busy || done !== null} onChange={(e) => state.setIncludePossible(e.currentTarget.checked)} />
      ) : null}
      {left.length > 0 && (
        <Table withTableBorder aria-label={t('import.review.leftOut')}>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('import.review.row')}</Table.Th><Table.Th>{t('import.review.reasonColumn')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {left.slice(0, SHOWN_ROWS).map((verdict) => (
              <Table.Tr key={verdict.row}><Table.Td>{verdict.row}</Table.Td><Table.Td>{verdictText(t, locale, verdict)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        {left.length > 0 && <Button variant="light" loading={download.busy} onClick={() => void download.run()}>{t('import.review.download')}</Button>}
        {done === null && (
          <Button disabled={summary.add === 0} loading={write.busy} onClick={() => void write.run()}>{t('import.review.import', { n: summary.add })}</Button>
        )}
      </Group>
      {(write.busy || done !== null) && (
        <Progress value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total} aria-label={t('import.review.progress', { done: progress.done, total: progress.total })} />
      )}
      {done && <Alert color="green" role="status">{t('import.review.done', { n: done.imported })}</Alert>}
      {(write.error ?? download.error) && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(write.error ?? download.error ?? '') })}</Alert>}
    </Stack>
  );
}
