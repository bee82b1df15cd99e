import { Alert, Anchor, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { of } from 'rxjs';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { useObservable } from '@renderer/components/use-observable';
import { watchCaseRow, watchLinkedCases, type CasesDeps } from '../data';
import { useCatalogKind, useLabelOf, useStaffNames } from '../hooks/use-catalog-kind';
import { CaseClockLine, CaseStatusBadge } from './case-badges';
import { CaseHistory } from './case-history';
import { CaseIntakePanel } from './case-intake-panel';
import { CaseLoop } from './case-loop';
import { CaseMoves } from './case-moves';

type Props = {
  deps: CasesDeps; id: string; fileHref: (id: string) => string; caseHref: (id: string) => string; onOpenCase: (id: string) => void;
  /** what the app composes under the loop (opening compensation from a complaint, policy 3.4) */
  extra?: (doc: CaseDoc) => React.ReactNode;
};

const WORKERS = ['admin', 'manager', 'follow-up-officer'];

function Facts({ deps, doc, fileHref }: { deps: CasesDeps; doc: CaseDoc; fileHref: (id: string) => string }) {
  const { t } = useTranslation();
  const staffName = useStaffNames(deps.db);
  const categoryOf = useLabelOf(useCatalogKind(deps.db, 'case-category'));
  const domainOf = useLabelOf(useCatalogKind(deps.db, 'association-domain'));
  const unitOf = useLabelOf(useCatalogKind(deps.db, 'unit'));
  const channelOf = useLabelOf(useCatalogKind(deps.db, 'channel'));
  const file = useObservable(() => (doc.beneficiaryId ? deps.db.beneficiaries.findOne(doc.beneficiaryId).$ : of(null)), [deps.db, doc.beneficiaryId], null);
  const fact = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text>{value || '—'}</Text>
    </div>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="case-facts">
      {fact(t('cases.kindLabel'), t(`cases.kind.${doc.kind}`))}
      {fact(t('cases.category'), doc.category ? categoryOf(doc.category) : '')}
      {fact(t('cases.domain'), doc.domain ? domainOf(doc.domain) : '')}
      {fact(t('cases.channel'), channelOf(doc.channel))}
      {fact(t('cases.priorityLabel'), t(`cases.priority.${doc.priority}`))}
      {fact(t('cases.officer'), doc.officerId ? staffName(doc.officerId) : t('cases.unassigned'))}
      {fact(t('cases.unit'), doc.unitId ? unitOf(doc.unitId) : '')}
      <div>
        <Text size="xs" c="dimmed">{t('cases.beneficiary')}</Text>
        {file ? <Anchor href={`#${fileHref(file.id)}`}>{file.fullName}</Anchor> : <Text>{doc.complainant.name ? t('cases.complainantNamed', { name: doc.complainant.name }) : t('cases.anonymous')}</Text>}
      </div>
    </SimpleGrid>
  );
}

/** One case: its facts and clock, what it needs at intake, the moves allowed, the loop, the history. */
export function CaseScreen({ deps, id, fileHref, caseHref, onOpenCase, extra }: Props) {
  const { t } = useTranslation();
  const row = useObservable(() => watchCaseRow(deps, id), [deps, id], undefined);
  const linked = useObservable(() => (row ? watchLinkedCases(deps, row.doc) : of([])), [deps, row?.doc.id, row?.doc.appealOf], []);
  const staffName = useStaffNames(deps.db);
  if (row === undefined) return <Loader aria-label={t('app.loading')} />;
  // Missing and "about you" read the same (conflict of interest): nothing tells the viewer it exists.
  if (row === null) return <Alert color="yellow">{t('cases.notFound')}</Alert>;
  const { doc, clock } = row;
  const canAct = doc.officerId === deps.actor.id || deps.actor.roles.some((r) => WORKERS.includes(r));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('cases.caseTitle')} <bdi dir="ltr" data-testid="case-number">{doc.caseNumber}</bdi>
        </Title>
        <CaseStatusBadge status={doc.status} />
      </Group>
      <CaseClockLine clock={clock} />
      <Card withBorder>
        <Stack gap="sm">
          <Facts deps={deps} doc={doc} fileHref={fileHref} />
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description">{doc.description}</Text>
          {doc.attachments.length > 0 && (
            <List size="sm" data-testid="case-attachments">
              {doc.attachments.map((a) => (
                <List.Item key={a.sha256}>{a.name}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
      <CaseIntakePanel deps={deps} doc={doc} fileHref={fileHref} />
      <CaseMoves deps={deps} doc={doc} />
      <CaseLoop deps={deps} doc={doc} canAct={canAct} onOpenCase={onOpenCase} />
      {extra?.(doc)}
      {linked.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('cases.linked')}</Title>
          <List size="sm">
            {linked.map((c) => (
              <List.Item key={c.id}>
                <Anchor href={`#${caseHref(c.id)}`}><bdi dir="ltr">{c.caseNumber}</bdi></Anchor> — {t(`cases.kind.${c.kind}`)} — {t(`cases.status.${c.status}`)}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      <CaseHistory history={doc.history} staffName={staffName} />
    </Stack>
  );
}
