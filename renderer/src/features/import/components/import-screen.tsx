import { Alert, Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportDeps } from '../data/deps';
import { useImport } from '../hooks/use-import';
import { MappingStep } from './mapping-step';
import { ReviewStep } from './review-step';

const ACCEPT = '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Importing the association's existing list: pick → map → dry run → import (each step under the last). */
export function ImportScreen({ deps }: { deps: ImportDeps }) {
  const { t } = useTranslation();
  const state = useImport(deps, { consentPurpose: t('import.defaultConsentPurpose'), noMobileReason: t('import.noMobileReason') });
  const locked = state.write.busy || state.write.result != null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>
      <Group>
        <FileButton onChange={(picked) => picked && void state.pickFile(picked)} accept={ACCEPT} disabled={locked}>
          {(props) => <Button {...props} loading={state.pick.busy}>{t('import.pick')}</Button>}
        </FileButton>
        {state.file && <Text data-testid="import-file-name">{state.file.name}</Text>}
      </Group>
      {state.pick.error && <Alert color="red" role="alert">{t(state.pick.error)}</Alert>}
      {state.file && !locked && <MappingStep state={state} />}
      {state.check.error && <Alert color="red" role="alert">{t('errors.save-failed', { message: t(state.check.error) })}</Alert>}
      <ReviewStep state={state} />
    </Stack>
  );
}
