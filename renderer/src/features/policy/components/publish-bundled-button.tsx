import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useAction } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { ASSOCIATION_POLICY_KEY } from '@shared/policy';
import { BUNDLED_POLICY } from '../data/bundled-policy';
import { policyState$ } from '../data/policy-queries';
import { publishPolicy } from '../data/publish-policy';

/**
 * "Publish the association's policy": a fresh desk has the bundled text but binds nobody until an
 * admin publishes it as version 1 (Art. 4). Shown to admins while it is unpublished.
 */
export function PublishBundledButton({ db, actorId, deskId }: { db: WaslDatabase; actorId: string; deskId: string }) {
  const { t } = useTranslation();
  const state = useObservable(() => policyState$(db), [db], null);
  const publish = useAction(() => publishPolicy(db, actorId, deskId, BUNDLED_POLICY));
  if (!state || state.versions.some((v) => v.documentKey === ASSOCIATION_POLICY_KEY)) return null;
  const refused = publish.result && !publish.result.ok ? 'policy.errors.unchanged' : null;
  return (
    <Card withBorder data-testid="publish-association-policy">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4">{t('policy.publishBundledTitle')}</Title>
        <Text size="sm">{t('policy.publishBundledIntro', { title: BUNDLED_POLICY.titleAr })}</Text>
        <Button onClick={() => void publish.run()} loading={publish.busy}>
          {t('policy.publishBundled')}
        </Button>
        {(publish.error ?? refused) && (
          <Text c="red" role="alert">
            {t(publish.error ?? refused ?? '')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
