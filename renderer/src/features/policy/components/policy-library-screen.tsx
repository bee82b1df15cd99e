import { useState } from 'react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { currentVersions, pendingPolicies, requiredVersion, type PolicyVersion, type PublishInput } from '@shared/policy';
import type { Role } from '@shared/staff/roles';
import { policyState$ } from '../data/policy-queries';
import { DocumentCard } from './document-card';
import { PublishBundledButton } from './publish-bundled-button';
import { PublishForm } from './publish-form';
import { SignOffPanel } from './sign-off-panel';

type Props = {
  db: WaslDatabase;
  deskId: string;
  associationName: string;
  user: { staffId: string; displayName: string; roles: readonly Role[] };
};

const ANY_TIME = '9999-12-31T23:59:59.999Z';
const blankDocument = (): PublishInput => ({ documentKey: `doc-${crypto.randomUUID().slice(0, 8)}`, titleAr: '', titleEn: '', textAr: '', textEn: '', roles: [], material: true });

/**
 * The policy library (Art. 4): every unit opens the current text of every document here; staff
 * sign what applies to them; admins publish; managers and admins see who has signed.
 */
export function PolicyLibraryScreen({ db, deskId, associationName, user }: Props) {
  const { t } = useTranslation();
  const state = useObservable(() => policyState$(db), [db], null);
  const [adding, setAdding] = useState<PublishInput | null>(null);
  const [published, setPublished] = useState<PolicyVersion | null>(null);
  const isAdmin = user.roles.includes('admin');
  const signer = { staffId: user.staffId, displayName: user.displayName, deskId };
  if (!state) return null;
  const pending = new Set(pendingPolicies({ id: user.staffId, roles: user.roles }, state.versions, state.acks, ANY_TIME).map((v) => v.documentKey));
  const mySignature = (current: PolicyVersion) => {
    const required = requiredVersion(state.versions, current.documentKey);
    const mine = state.acks.filter((a) => a.staffId === user.staffId && a.documentKey === current.documentKey && a.version >= (required?.version ?? 1));
    return mine.sort((a, b) => b.version - a.version)[0] ?? null;
  };
  return (
    <Stack>
      <Title order={1} size="h2">{t('policy.title')}</Title>
      <Text>{t('policy.intro')}</Text>
      {isAdmin && <PublishBundledButton db={db} actorId={user.staffId} deskId={deskId} />}
      {published && <Alert color="green" role="status">{t('policy.published', { version: published.version, title: published.titleAr })}</Alert>}
      {currentVersions(state.versions).map((current) => (
        <DocumentCard key={current.documentKey} db={db} signer={signer} current={current} signed={mySignature(current)} mustSign={pending.has(current.documentKey)} isAdmin={isAdmin} />
      ))}
      {state.versions.length === 0 && !isAdmin && <Text>{t('policy.nothingPublished')}</Text>}
      {isAdmin && !adding && <Button variant="light" onClick={() => setAdding(blankDocument())} style={{ alignSelf: 'flex-start' }}>{t('policy.addDocument')}</Button>}
      {isAdmin && adding && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">{t('policy.addDocument')}</Title>
          <PublishForm db={db} actorId={user.staffId} deskId={deskId} start={adding} existing={false} onPublished={(v) => { setPublished(v); setAdding(null); }} onCancel={() => setAdding(null)} />
        </Card>
      )}
      {(isAdmin || user.roles.includes('manager')) && <SignOffPanel db={db} associationName={associationName} />}
    </Stack>
  );
}
