import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getSearchIndex, type SearchIndex } from '@renderer/db/search-index';
import { BeneficiariesScreen } from '@renderer/features/beneficiaries/components/beneficiaries-screen';
import { BeneficiaryFormRoute, BeneficiaryViewRoute } from '@renderer/features/beneficiaries/components/file-routes';
import type { SaveDeps } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { MergedNotice } from '@renderer/features/duplicates/components/merged-notice';
import { mayPush } from '@shared/accounts/push-rights';
import type { Role } from '@shared/staff/roles';
import { useSessionStore } from '../../stores/session-store';
import { beneficiaryPaths } from '@renderer/features/beneficiaries/paths';
import { useDesk } from '../desk-context';

const NO_ROLES: readonly Role[] = [];

/** The desk's search index, opened once (getSearchIndex is memoised) and shared by every registry screen. */
function useSearchIndex(): SearchIndex | null | Error {
  const [index, setIndex] = useState<SearchIndex | null | Error>(null);
  useEffect(() => {
    let live = true;
    getSearchIndex().then(
      (value) => live && setIndex(value),
      (error: unknown) => live && setIndex(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, []);
  return index;
}

/** What saving and opening a file need, from the desk context and the signed-in staff member. */
function useRegistryDeps(): SaveDeps | null | Error {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const index = useSearchIndex();
  const staffId = user?.staffId;
  return useMemo(() => {
    if (index instanceof Error) return index;
    if (!index || !staffId) return null;
    return { db, index, actor: { id: staffId }, desk: { deskId: settings.deskId, deskCode: settings.deskCode }, now: () => new Date() };
  }, [db, index, staffId, settings.deskId, settings.deskCode]);
}

function Waiting({ deps, children }: { deps: SaveDeps | null | Error; children: (deps: SaveDeps) => ReactNode }) {
  const { t } = useTranslation();
  if (deps instanceof Error) return <Alert color="red" role="alert">{t('errors.save-failed', { message: deps.message })}</Alert>;
  if (!deps) return <Loader aria-label={t('app.loading')} />;
  return children(deps);
}

export function BeneficiariesRoute() {
  const index = useSearchIndex();
  const roles = useSessionStore((s) => s.user?.roles ?? NO_ROLES);
  return <BeneficiariesScreen index={index instanceof Error ? null : index} canRegister={mayPush(roles, 'beneficiaries', 'create')} />;
}

export function NewBeneficiaryRoute() {
  const deps = useRegistryDeps();
  return <Waiting deps={deps}>{(d) => <BeneficiaryFormRoute deps={d} id={null} />}</Waiting>;
}

export function EditBeneficiaryRoute() {
  const deps = useRegistryDeps();
  const { db } = useDesk();
  const { id = '' } = useParams();
  // A merged file opens read-only under the duplicates feature's notice, linking to the survivor.
  const mergedNotice = (fileId: string) => <MergedNotice db={db} id={fileId} fileHref={beneficiaryPaths.view} />;
  return <Waiting deps={deps}>{(d) => <BeneficiaryFormRoute key={id} deps={d} id={id} mergedNotice={mergedNotice} />}</Waiting>;
}

export function ViewBeneficiaryRoute() {
  const deps = useRegistryDeps();
  const { id = '' } = useParams();
  return <Waiting deps={deps}>{(d) => <BeneficiaryViewRoute key={id} deps={d} id={id} />}</Waiting>;
}
