import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, Loader, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { of } from 'rxjs';
import { getSearchIndex, type SearchHit } from '@renderer/db/search-index';
import { useLoad } from '@renderer/components/use-action';
import { useObservable } from '@renderer/components/use-observable';
import { mayInformOfChanges, type CasesDeps } from '@renderer/features/cases/data';
import { BeneficiaryCases } from '@renderer/features/cases/components/beneficiary-cases';
import { CaseScreen } from '@renderer/features/cases/components/case-screen';
import { CasesScreen } from '@renderer/features/cases/components/cases-screen';
import { FollowUpScreen } from '@renderer/features/cases/components/follow-up-screen';
import { InformChangesScreen } from '@renderer/features/cases/components/inform-changes-screen';
import { NewCaseScreen, type PickedFile } from '@renderer/features/cases/components/new-case-screen';
import { useBeneficiarySearch } from '@renderer/features/beneficiaries/hooks/use-beneficiary-search';
import { SearchResults, optionId } from '@renderer/features/beneficiaries/components/search-results';
import { routePaths } from '../route-paths';
import { useIntakeDeps } from './use-intake-deps';
import { OpenCompensationSlot } from './compensation-routes';
import { CaseRatingSlot } from './service-rating-slot';

/** Roles that see management's follow-up (policy 3.8e–f). */
const OVERSEERS = ['admin', 'manager'];

/** The cases' needs: the intake's (database, actor with units, desk, clock) and the registry's blind index. */
function useCasesDeps(): CasesDeps | null {
  const base = useIntakeDeps();
  const index = useLoad(getSearchIndex, []).result ?? undefined;
  return useMemo(() => (base ? { ...base, index } : null), [base, index]);
}

function WithCases({ children }: { children: (deps: CasesDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useCasesDeps();
  return deps ? children(deps) : <Loader aria-label={t('app.loading')} />;
}

export function CasesRoute() {
  const navigate = useNavigate();
  return (
    <WithCases>
      {(deps) => (
        <CasesScreen
          deps={deps}
          onOpen={(id) => void navigate(routePaths.cases.view(id))}
          onNew={() => void navigate(routePaths.cases.create)}
          onFollowUp={deps.actor.roles.some((r) => OVERSEERS.includes(r)) ? () => void navigate(routePaths.cases.followUp) : null}
          onInformChanges={mayInformOfChanges(deps.actor.roles) ? () => void navigate(routePaths.cases.informChanges) : null}
        />
      )}
    </WithCases>
  );
}

/** The registry's search as the new-case form's file picker (features do not import each other): arrows and Enter pick. */
export function FilePicker({ onPick }: { onPick: (file: PickedFile) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const index = useLoad(getSearchIndex, []).result ?? null;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { hits } = useBeneficiarySearch(index, query);
  const current = Math.min(active, Math.max(hits.length - 1, 0));
  const choose = (hit: SearchHit) => onPick({ id: hit.id, label: `${hit.fullName} — ${hit.fileNumber}` });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      setActive((current + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) choose(hit);
    }
  };
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('requests.findBeneficiary')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(listId, current) : undefined}
        autoComplete="off"
      />
      <SearchResults id={listId} hits={hits} active={current} onOpen={choose} onHover={setActive} />
    </Stack>
  );
}

export function NewCaseRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fileId = params.get('file') ?? '';
  return (
    <WithCases>
      {(deps) => <NewCaseForFile deps={deps} fileId={fileId} onCreated={(id) => void navigate(routePaths.cases.view(id), { replace: true })} />}
    </WithCases>
  );
}

function NewCaseForFile({ deps, fileId, onCreated }: { deps: CasesDeps; fileId: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const file = useObservable(() => (fileId ? deps.db.beneficiaries.findOne(fileId).$ : of(null)), [deps.db, fileId], undefined);
  if (fileId && file === undefined) return <Loader aria-label={t('app.loading')} />;
  const picked = file ? { id: file.id, label: `${file.fullName} — ${file.fileNumber}` } : null;
  return <NewCaseScreen deps={deps} file={picked} filePicker={(onPick) => <FilePicker onPick={onPick} />} onCreated={onCreated} />;
}

export function CaseRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <WithCases>
      {(deps) => (
        <Stack gap="lg">
          <CaseScreen key={id} deps={deps} id={id} fileHref={routePaths.beneficiaries.view} caseHref={routePaths.cases.view} onOpenCase={(cid) => void navigate(routePaths.cases.view(cid))} extra={(doc) => <OpenCompensationSlot origin={doc} />} />
          {/* The short rating once the case is closed (policy 3.8). */}
          <CaseRatingSlot deps={deps} caseId={id} />
        </Stack>
      )}
    </WithCases>
  );
}

export function CasesFollowUpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <WithCases>
      {(deps) =>
        deps.actor.roles.some((r) => OVERSEERS.includes(r)) ? (
          <FollowUpScreen deps={deps} onOpen={(id) => void navigate(routePaths.cases.view(id))} />
        ) : (
          <Alert color="red" role="alert" title={t('errors.auth.not-allowed')}>
            {null}
          </Alert>
        )
      }
    </WithCases>
  );
}

/** Policy 3.7c: liaison and follow-up officers and management tell beneficiaries of changed requirements. */
export function CasesInformChangesRoute() {
  const { t } = useTranslation();
  return (
    <WithCases>
      {(deps) =>
        mayInformOfChanges(deps.actor.roles) ? (
          <InformChangesScreen deps={deps} requestHref={routePaths.requests.view} />
        ) : (
          <Alert color="red" role="alert" title={t('errors.auth.not-allowed')}>
            {null}
          </Alert>
        )
      }
    </WithCases>
  );
}

/** On the beneficiary's file: their liaison officers and cases (composed by the app). */
export function BeneficiaryCasesSlot({ beneficiaryId }: { beneficiaryId: string }) {
  const navigate = useNavigate();
  return <WithCases>{(deps) => <BeneficiaryCases deps={deps} beneficiaryId={beneficiaryId} caseHref={routePaths.cases.view} onNew={() => void navigate(routePaths.cases.createFor(beneficiaryId))} />}</WithCases>;
}
