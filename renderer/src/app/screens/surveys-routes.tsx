import { useCallback, type ReactNode } from 'react';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isSurveyOverseer } from '@shared/accounts/survey-sync-rules';
import type { IndexGroupBy } from '@shared/surveys/satisfaction-index';
import { useObservable } from '@renderer/components/use-observable';
import { watchStaffChoices, type SurveysDeps } from '@renderer/features/surveys/data';
import { CampaignForm } from '@renderer/features/surveys/components/campaign-form';
import { QuestionnaireBuilder } from '@renderer/features/surveys/components/questionnaire-builder';
import { ResultsScreen } from '@renderer/features/surveys/components/results-screen';
import { SurveysScreen } from '@renderer/features/surveys/components/surveys-screen';
import { TaskListScreen } from '@renderer/features/surveys/components/task-list-screen';
import { routePaths } from '../route-paths';
import { useIntakeDeps } from './use-intake-deps';

/** The surveys' needs: the desk's database, the signed-in staff member, the desk, the clock. */
export function useSurveysDeps(): SurveysDeps | null {
  return useIntakeDeps();
}

function WithSurveys({ overseer, children }: { overseer?: boolean; children: (deps: SurveysDeps) => ReactNode }) {
  const { t } = useTranslation();
  const deps = useSurveysDeps();
  if (!deps) return <Loader aria-label={t('app.loading')} />;
  // Designing questionnaires, running campaigns and reading results are management's (policy 3.8).
  if (overseer && !isSurveyOverseer(deps.actor.roles)) {
    return <Alert color="red" role="alert" title={t('errors.auth.not-allowed')}>{null}</Alert>;
  }
  return children(deps);
}

export function SurveysRoute() {
  const navigate = useNavigate();
  return (
    <WithSurveys>
      {(deps) => (
        <SurveysScreen
          deps={deps}
          links={{ questionnaire: routePaths.surveys.questionnaire, tasks: routePaths.surveys.tasks, results: routePaths.surveys.results }}
          onNewQuestionnaire={() => void navigate(routePaths.surveys.newQuestionnaire)}
          onNewCampaign={() => void navigate(routePaths.surveys.newCampaign)}
        />
      )}
    </WithSurveys>
  );
}

export function QuestionnaireRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <WithSurveys overseer>
      {(deps) => <QuestionnaireBuilder deps={deps} questionnaireId={id ?? null} onSaved={(saved) => void navigate(routePaths.surveys.questionnaire(saved), { replace: true })} />}
    </WithSurveys>
  );
}

function CampaignBody({ deps }: { deps: SurveysDeps }) {
  const navigate = useNavigate();
  const staff = useObservable(() => watchStaffChoices(deps), [deps], []);
  return <CampaignForm deps={deps} staff={staff} onCreated={(id) => void navigate(routePaths.surveys.tasks(id), { replace: true })} />;
}

export function NewCampaignRoute() {
  return <WithSurveys overseer>{(deps) => <CampaignBody deps={deps} />}</WithSurveys>;
}

export function SurveyTasksRoute() {
  const { id = '' } = useParams();
  return <WithSurveys>{(deps) => <TaskListScreen key={id} deps={deps} campaignId={id} />}</WithSurveys>;
}

function ResultsBody({ deps, campaignId }: { deps: SurveysDeps; campaignId: string }) {
  const { t } = useTranslation();
  const staff = useObservable(() => watchStaffChoices(deps), [deps], []);
  const keyLabel = useCallback(
    (groupBy: IndexGroupBy, key: string) => (groupBy === 'officer' ? (staff.find((s) => s.id === key)?.name ?? t('surveys.results.none')) : key),
    [staff, t],
  );
  return <ResultsScreen deps={deps} campaignId={campaignId} keyLabel={keyLabel} />;
}

export function SurveyResultsRoute() {
  const [params] = useSearchParams();
  const campaignId = params.get('campaign') ?? '';
  return <WithSurveys overseer>{(deps) => <ResultsBody key={campaignId} deps={deps} campaignId={campaignId} />}</WithSurveys>;
}
