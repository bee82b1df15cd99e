import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CASE_PRIORITIES, type CaseDoc } from '@shared/db/schemas/case.schema';
import { useLoad } from '@renderer/components/use-action';
import { confirmLink, findProposedFiles, rejectLink, routeReceived, setCaseDetails, type CasesDeps } from '../data';
import { useBilingual, useCatalogKind } from '../hooks/use-catalog-kind';
import { useCaseAction } from '../hooks/use-case-action';

type Props = { deps: CasesDeps; doc: CaseDoc; fileHref: (id: string) => string };

/** The file a web case proposes (matched through the blind index): staff confirm one or reject; nothing links silently. */
function ProposedLink({ deps, doc, fileHref }: Props) {
  const { t } = useTranslation();
  const { busy, problem, run } = useCaseAction();
  const { result: matches } = useLoad(() => findProposedFiles(deps, doc.proposedLink), [deps, doc.id, doc.linkReview]);
  return (
    <Stack gap="xs" data-testid="proposed-link">
      <Text fw={600}>{t('cases.link.title')}</Text>
      {(matches ?? []).length === 0 && <Text c="dimmed">{t('cases.link.none')}</Text>}
      {(matches ?? []).map((m) => (
        <Group key={m.fileId} justify="space-between">
          <Text>
            <a href={`#${fileHref(m.fileId)}`}>{m.fullName}</a> — <bdi dir="ltr">{m.fileNumber}</bdi> ({t(`cases.link.by.${m.matchedBy}`)})
          </Text>
          <Button size="compact-sm" loading={busy} onClick={() => void run(() => confirmLink(deps, doc.id, m.fileId))} aria-label={t('cases.link.confirmFile', { name: m.fullName })}>
            {t('cases.link.confirm')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button size="compact-sm" variant="subtle" color="red" loading={busy} onClick={() => void run(() => rejectLink(deps, doc.id))}>
          {t('cases.link.reject')}
        </Button>
      </Group>
      {problem && <Alert color="red" role="alert">{t(problem)}</Alert>}
    </Stack>
  );
}

/** A received case (a web one, or a desk gap): its category and domain, then routing through the matrix. */
function Acknowledge({ deps, doc }: { deps: CasesDeps; doc: CaseDoc }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const { busy, problem, run } = useCaseAction();
  const categories = useCatalogKind(deps.db, 'case-category').filter((c) => c.active);
  const domains = useCatalogKind(deps.db, 'association-domain').filter((d) => d.active);
  const form = useForm({ mode: 'controlled', initialValues: { category: doc.category, domain: doc.domain, priority: doc.priority } });
  const none = { value: '', label: t('cases.form.choose') };
  const route = form.onSubmit(async (v) => {
    if (v.category !== doc.category || v.domain !== doc.domain || v.priority !== doc.priority) {
      if (!(await run(() => setCaseDetails(deps, doc.id, v)))) return;
    }
    await run(() => routeReceived(deps, doc.id));
  });
  return (
    <form noValidate onSubmit={route} data-testid="acknowledge-form">
      <Stack gap="xs">
        <Group grow align="flex-end">
          <NativeSelect label={t('cases.category')} data={[none, ...categories.map((c) => ({ value: c.key, label: pick(c.labelAr, c.labelEn) }))]} {...form.getInputProps('category')} />
          <NativeSelect label={t('cases.domain')} data={[none, ...domains.map((d) => ({ value: d.key, label: pick(d.labelAr, d.labelEn) }))]} {...form.getInputProps('domain')} />
          <NativeSelect label={t('cases.priorityLabel')} data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))} {...form.getInputProps('priority')} />
        </Group>
        {doc.officerId === '' && doc.unitId !== '' && <Text size="sm" c="dimmed">{t('cases.route.gap')}</Text>}
        <Group>
          <Button type="submit" loading={busy}>
            {t('cases.route.submit')}
          </Button>
        </Group>
        {problem && <Alert color="red" role="alert">{t(problem)}</Alert>}
      </Stack>
    </form>
  );
}

/** What a received case needs before work starts: the proposed file confirmed or rejected, and routing. */
export function CaseIntakePanel({ deps, doc, fileHref }: Props) {
  const { t } = useTranslation();
  if (doc.linkReview !== 'pending' && doc.status !== 'received') return null;
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('cases.route.title')}
        </Title>
        {doc.linkReview === 'pending' && <ProposedLink deps={deps} doc={doc} fileHref={fileHref} />}
        {doc.status === 'received' && <Acknowledge deps={deps} doc={doc} />}
      </Stack>
    </Card>
  );
}
