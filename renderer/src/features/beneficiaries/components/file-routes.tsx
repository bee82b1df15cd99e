import type { ReactNode } from 'react';
import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { isCompleteFile } from '@shared/registry/held-copy';
import { useLoad } from '@renderer/components/use-action';
import { useSessionStore } from '@renderer/stores/session-store';
import type { SaveDeps } from '../data/save-beneficiary';
import { staffDisplayName } from '@renderer/db/staff-name';
import { editForm } from '../form-input';
import { useCategories } from '../hooks/use-categories';
import { useOpenedBeneficiary, type Opened } from '../hooks/use-opened-beneficiary';
import { routePaths } from '@renderer/app/route-paths';
import { BeneficiaryForm } from './beneficiary-form';
import { BeneficiaryView } from './beneficiary-view';
import { HeldCopyNotice } from './held-copy-notice';
import { SavedNotice, type SavedState } from './saved-notice';

/** Loading, missing and failed states of an opened file, shared by the view and the edit form. */
function OpenedGate({ opened, children }: { opened: Opened; children: (doc: Extract<Opened, { status: 'ready' }>['doc']) => React.ReactNode }) {
  const { t } = useTranslation();
  if (opened.status === 'loading') return <Loader aria-label={t('registry.view.loading')} />;
  if (opened.status === 'ready') return children(opened.doc);
  return (
    <Stack>
      <Alert color="red" role="alert">
        {opened.status === 'missing' ? t('registry.view.missing') : t('errors.save-failed', { message: t(opened.error) })}
      </Alert>
      <Anchor component={Link} to={routePaths.beneficiaries.search}>
        {t('registry.view.back')}
      </Anchor>
    </Stack>
  );
}

/** Who took the consent: the signed-in person by the session's name, anyone else as the desk knows them. */
function useStaffName(deps: SaveDeps, staffId: string | undefined): string {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.user);
  const mine = staffId !== undefined && session?.staffId === staffId;
  const { result: name } = useLoad(async () => (!staffId || mine ? null : staffDisplayName(deps.db, staffId)), [deps.db, staffId, mine]);
  return (mine ? session.displayName : name) ?? t('registry.view.unknownStaff');
}

/** What the app puts above a merged file: the notice with the link to the surviving file (the duplicates feature's). */
export type MergedNoticeSlot = (id: string) => ReactNode;

export function BeneficiaryViewRoute({ deps, id }: { deps: SaveDeps; id: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const opened = useOpenedBeneficiary(deps, id);
  // A duplicate-check copy (another desk's file) has no category or consent to look up.
  const ready = opened.status === 'ready' ? opened.doc : null;
  const doc = ready && isCompleteFile(ready) ? ready : null;
  const categories = useCategories(deps.db, doc?.categoryKey);
  const staffName = useStaffName(deps, doc?.consent.takenBy);
  const { saved, deskOnly } = (location.state as SavedState | null) ?? {};
  return (
    <Stack>
      {saved && <SavedNotice fileNumber={saved} deskOnly={deskOnly === true} />}
      <OpenedGate opened={opened}>
        {(file) => (
          // A merged file is kept for the record only: its person's file is the survivor (policy: one file per person).
          <BeneficiaryView doc={file} categories={categories} staffName={staffName} onEdit={file.mergedInto ? undefined : () => void navigate(routePaths.beneficiaries.edit(file.id))} />
        )}
      </OpenedGate>
    </Stack>
  );
}

function FormScreen({ deps, editing }: { deps: SaveDeps; editing: Parameters<typeof editForm>[0] | null }) {
  const navigate = useNavigate();
  const categories = useCategories(deps.db, editing?.categoryKey);
  // Mobiles shown the way people say them (05…); the validator accepts that form back.
  const initial = editing ? editForm(editing) : null;
  return (
    <BeneficiaryForm
      deps={deps}
      categories={categories}
      editing={editing}
      initial={initial}
      onSaved={(doc, check) => void navigate(routePaths.beneficiaries.view(doc.id), { state: { saved: doc.fileNumber, deskOnly: check.deskOnly } satisfies SavedState })}
      onCancel={() => void navigate(editing ? routePaths.beneficiaries.view(editing.id) : routePaths.beneficiaries.search)}
    />
  );
}

/**
 * The form for a new file (id null) or for editing an existing one, opened (and audited) first. A
 * file merged into another opens read-only, under the app's notice that links to the survivor.
 */
export function BeneficiaryFormRoute({ deps, id, mergedNotice }: { deps: SaveDeps; id: string | null; mergedNotice?: MergedNoticeSlot }) {
  if (id === null) return <FormScreen deps={deps} editing={null} />;
  return <EditFormRoute deps={deps} id={id} mergedNotice={mergedNotice} />;
}

function EditFormRoute({ deps, id, mergedNotice }: { deps: SaveDeps; id: string; mergedNotice: MergedNoticeSlot | undefined }) {
  const opened = useOpenedBeneficiary(deps, id);
  return (
    <OpenedGate opened={opened}>
      {(doc) => {
        if (!isCompleteFile(doc)) return <HeldCopyNotice doc={doc} />;
        if (doc.mergedInto) return <MergedFile deps={deps} doc={doc} notice={mergedNotice?.(doc.id)} />;
        return <FormScreen deps={deps} editing={doc} />;
      }}
    </OpenedGate>
  );
}

/** A merged file where its form would be: read back without an edit button, under the notice. */
function MergedFile({ deps, doc, notice }: { deps: SaveDeps; doc: BeneficiaryDoc; notice: ReactNode }) {
  const categories = useCategories(deps.db, doc.categoryKey);
  const staffName = useStaffName(deps, doc.consent.takenBy);
  return (
    <Stack>
      {notice}
      <BeneficiaryView doc={doc} categories={categories} staffName={staffName} />
    </Stack>
  );
}
