import { useState, type ReactNode } from 'react';
import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { StatusScreen } from '@renderer/components/status-screen';
import { useObservable } from '@renderer/components/use-observable';
import { pendingPolicies, versionKey } from '@shared/policy';
import type { Role } from '@shared/staff/roles';
import { policyState$ } from '../data/policy-queries';
import { ReadAndSign } from './read-and-sign';

/** Versions count whatever the publishing desk's clock said: a version is binding once it is here. */
const ANY_TIME = '9999-12-31T23:59:59.999Z';

type Props = {
  db: WaslDatabase;
  deskId: string;
  user: { staffId: string; displayName: string; roles: readonly Role[] };
  onSignOut: () => void;
  children: ReactNode;
};

/**
 * Art. 4: a staff member who has not acknowledged the current material version of a document that
 * applies to their roles sees it before any other screen, and signs it, one document after the
 * other. Nothing is asked until an admin has published a version. A document the member published
 * during this session waits for their next sign-in (an admin is not stopped in the middle of
 * publishing); the library offers it to sign meanwhile.
 */
export function PolicyGate({ db, deskId, user, onSignOut, children }: Props) {
  const { t } = useTranslation();
  const [since] = useState(() => new Date().toISOString());
  const state = useObservable(() => policyState$(db), [db], null);
  if (!state) return <StatusScreen title={t('app.loading')} busy />;
  const deferred = new Set(state.versions.filter((v) => v.publishedBy === user.staffId && v.publishedAt >= since).map((v) => v.documentKey));
  const pending = pendingPolicies({ id: user.staffId, roles: user.roles }, state.versions, state.acks, ANY_TIME, deferred);
  const first = pending[0];
  if (!first) return children;
  return (
    <Container size="xl" py="lg" component="main">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            {t('policy.gateTitle')}
          </Title>
          <Button variant="subtle" onClick={onSignOut}>
            {t('policy.signOut')}
          </Button>
        </Group>
        <Text>{t('policy.gateIntro', { name: user.displayName })}</Text>
        {pending.length > 1 && <Text fw={700}>{t('policy.gateProgress', { count: pending.length })}</Text>}
        <ReadAndSign key={versionKey(first.documentKey, first.version)} db={db} signer={{ staffId: user.staffId, displayName: user.displayName, deskId }} version={first} />
      </Stack>
    </Container>
  );
}
