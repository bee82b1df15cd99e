import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { watchMergeTarget } from '../data/merge-target';

/** Shown on a file that was merged into another: where its person's file now is. Nothing while the file is open. */
export function MergedNotice({ db, id, fileHref }: { db: WaslDatabase; id: string; fileHref: (id: string) => string }) {
  const { t } = useTranslation();
  const target = useObservable(() => watchMergeTarget(db, id), [db, id], null);
  if (!target) return null;
  return (
    <Alert color="yellow" role="status" data-testid="merged-notice" title={t('duplicates.notice', { fileNumber: target.fileNumber })}>
      <Anchor component={Link} to={fileHref(target.id)}>
        {t('duplicates.noticeLink', { fileNumber: target.fileNumber })}
      </Anchor>
    </Alert>
  );
}
