import { useTranslation } from 'react-i18next';
import type { CaseHistoryEntry } from '@shared/db/schemas/case.schema';
import { HistoryTable } from '@renderer/components/history-table';

/** Every move of the case: when, who, from → to, the officer it went to and the reason or note given. */
export function CaseHistory({ history, staffName }: { history: readonly CaseHistoryEntry[]; staffName: (id: string) => string }) {
  const { t } = useTranslation();
  const rows = history.map((entry) => ({
    at: entry.at,
    who: staffName(entry.by),
    change: t('cases.history.move', { from: t(`cases.status.${entry.from}`), to: t(`cases.status.${entry.to}`) }),
    note: [entry.officerId && t('cases.history.officer', { name: staffName(entry.officerId) }), entry.reason, entry.note].filter(Boolean).join(' — '),
  }));
  const labels = { title: t('cases.history.title'), when: t('cases.history.when'), who: t('cases.history.who'), change: t('cases.history.change'), note: t('cases.history.note') };
  return <HistoryTable rows={rows} labels={labels} testId="case-history" />;
}
