import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChainFinding } from '@shared/audit/audit-chain';
import { useAction } from '@renderer/components/use-action';

type Props = {
  /** Checks every audit chain the desk holds (composed in the app: renderer/src/stores/audit-log.ts). */
  check: () => Promise<ChainFinding[]>;
};

/**
 * The desk's own check of its tamper-evident audit trail (PDPL accountability; policy 6(b)): a gap,
 * a reordering or an edited entry is listed by desk and place, never by what the entries said.
 */
export function AuditChainCard({ check }: Props) {
  const { t } = useTranslation();
  const run = useAction(check);
  const findings = run.result;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dataRights.auditChain.title')}
        </Title>
        <Text size="sm">{t('dataRights.auditChain.explain')}</Text>
        <Group>
          <Button variant="light" loading={run.busy} onClick={() => void run.run()}>
            {t('dataRights.auditChain.run')}
          </Button>
        </Group>
        {run.error && <Alert color="red">{t(run.error)}</Alert>}
        {findings && findings.length === 0 && (
          <Alert color="green" role="status">
            {t('dataRights.auditChain.intact')}
          </Alert>
        )}
        {findings && findings.length > 0 && (
          <Alert color="red" role="alert" title={t('dataRights.auditChain.broken', { n: findings.length })}>
            <List size="sm">
              {findings.map((finding) => (
                <List.Item key={`${finding.deskId}:${finding.kind}:${finding.seq}:${finding.entryId}`}>
                  {t(`dataRights.auditChain.kind.${finding.kind}`, { seq: finding.seq, desk: finding.deskId })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
