import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getSearchIndex, type SearchIndex } from '@renderer/db/search-index';
import { useLoad } from '@renderer/components/use-action';
import { BeneficiariesScreen } from '@renderer/features/beneficiaries/components/beneficiaries-screen';
import { BeneficiaryFormRoute, BeneficiaryViewRoute } from '@renderer/features/beneficiaries/components/file-routes';
import type { SaveDeps } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { MergedNotice } from '@renderer/features/duplicates/components/merged-notice';
import { mayPush } from '@shared/accounts/push-rights';
import type { Role } from '@shared/staff/roles';
import { useSessionStore } from '../../stores/session-store';
import { routePaths } from '../route-paths';
import { useDesk } from '../desk-context';

const NO_ROLES: readonly Role[] = [];

/** A failure to open the index, as the translation key of why (shared/errors.ts). */
type Failed = { failed: string };

/** The desk's search index, opened once (getSearchIndex is memoised) and shared by every registry screen. */
function useSearchIndex(): SearchIndex | null | Failed {
  const { result, error } = useLoad(getSearchIndex, []);
  return error ? { failed: error } : (result ?? null);
}

/**
 * What saving and opening a file need, from the desk context and the signed-in staff member, and the
 * sync server the duplicate check asks for other desks' files while online (policy 3.6b).
 */
function useRegistryDeps(): SaveDeps | null | Failed {
  const { db, settings } = useDesk();
  const user = useSessionStore((s) => s.user);
  const index = useSearchIndex();
  const staffId = user?.staffId;
  const token = settings.session?.accessToken ?? settings.syncToken ?? '';
  const url = settings.serverUrl ?? '';
  return useMemo(() => {
    if (index && 'failed' in index) return index;
    if (!index || !staffId) return null;
    const server = url !== '' && token !== '' ? { url, token } : null;
    return { db, index, actor: { id: staffId }, desk: { deskId: settings.deskId, deskCode: settings.deskCode }, now: () => new Date(), server };
  }, [db, index, staffId, settings.deskId, settings.deskCode, url, token]);
}

function Waiting({ deps, children }: { deps: SaveDeps | null | Failed; children: (deps: SaveDeps) => ReactNode }) {
  const { t } = useTranslation();
  if (deps && 'failed' in deps) return <Alert color="red" role="alert">{t('errors.save-failed', { message: t(deps.failed) })}</Alert>;
  if (!deps) return <Loader aria-label={t('app.loading')} />;
  return children(deps);
}

export function BeneficiariesRoute() {
  const index = useSearchIndex();
  const roles = useSessionStore((s) => s.user?.roles ?? NO_ROLES);
  return <BeneficiariesScreen index={index && 'failed' in index ? null : index} canRegister={mayPush(roles, 'beneficiaries', 'create')} />;
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
  const mergedNotice = (fileId: string) => <MergedNotice db={db} id={fileId} fileHref={routePaths.beneficiaries.view} />;
  return <Waiting deps={deps}>{(d) => <BeneficiaryFormRoute key={id} deps={d} id={id} mergedNotice={mergedNotice} />}</Waiting>;
}

export function ViewBeneficiaryRoute() {
  const deps = useRegistryDeps();
  const { id = '' } = useParams();
  return <Waiting deps={deps}>{(d) => <BeneficiaryViewRoute key={id} deps={d} id={id} />}</Waiting>;
}
