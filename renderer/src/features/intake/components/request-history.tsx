import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/intake/request-status';
import { HistoryTable } from '@renderer/components/history-table';

/** Every move of the request: when, who, from → to, and the note or reason given. */
export function RequestHistory({ history, staffName }: { history: readonly HistoryEntry[]; staffName: (id: string) => string }) {
  const { t } = useTranslation();
  const rows = history.map((entry) => ({
    at: entry.at,
    who: staffName(entry.by),
    change: t('intake.view.move', { from: t(`intake.status.${entry.from}`), to: t(`intake.status.${entry.to}`) }),
    note: [entry.declarationNumber && t('intake.view.declarationNumber', { number: entry.declarationNumber }), entry.reason, entry.note].filter(Boolean).join(' — '),
  }));
  const labels = { title: t('intake.view.history'), when: t('intake.view.when'), who: t('intake.view.who'), change: t('intake.view.change'), note: t('intake.view.note') };
  return <HistoryTable rows={rows} labels={labels} testId="request-history" />;
}
