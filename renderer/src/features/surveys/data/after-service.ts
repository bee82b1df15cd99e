/**
 * The short rating after a service (policy 3.8): once a request is answered or a case closed, the desk (or
 * the phone worker calling back) asks the open 'after-service' campaign's questionnaire, one to three
 * questions. One answer per request or case: once rated, the prompt is gone.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { SurveyDoc, SurveyMethod } from '@shared/db/schemas/survey.schema';
import { recordAnswer, type AnswerLinks, type RecordAnswerError } from '@shared/surveys/answer-record';
import type { AnswerValues } from '@shared/surveys/answer-values';
import { err, ok, type Result } from '@shared/result';
import { writeContext, type SurveysDeps } from './deps';

/** What the rating is about: a request or a case, with what the index groups it by. */
export type RatedService = Required<Pick<AnswerLinks, 'beneficiaryId' | 'serviceType' | 'unitId' | 'officerId'>> & { requestId: string; caseId: string };

export type RatingPrompt = { campaign: SurveyDoc; questionnaire: SurveyDoc; answered: boolean };

/** The newest open after-service campaign, its questionnaire, and whether this request or case was rated. */
export function watchRatingPrompt(deps: Pick<SurveysDeps, 'db'>, service: Pick<RatedService, 'requestId' | 'caseId'>): Observable<RatingPrompt | null> {
  const campaigns = deps.db.surveys.find({ selector: { kind: 'campaign', purpose: 'after-service', closed: false }, sort: [{ createdAt: 'desc' }], limit: 1 }).$;
  const link = service.requestId ? { requestId: service.requestId } : { caseId: service.caseId };
  // Not an indexed count (RxDB refuses slow counts): at most one answer per service is looked for.
  const rated = deps.db.surveys.find({ selector: { kind: 'answer', ...link }, limit: 1 }).$.pipe(map((docs) => docs.length));
  return campaigns.pipe(
    switchMap((found) => {
      const campaign = found[0]?.toMutableJSON();
      if (!campaign) return of(null);
      return combineLatest([deps.db.surveys.findOne(campaign.questionnaireId).$, rated]).pipe(
        map(([q, count]) => (q ? { campaign, questionnaire: q.toMutableJSON(), answered: count > 0 } : null)),
      );
    }),
  );
}

export type RatingError = { code: 'survey.answer.already-rated' } | RecordAnswerError;

export async function recordServiceRating(deps: SurveysDeps, prompt: RatingPrompt, service: RatedService, method: SurveyMethod, values: AnswerValues): Promise<Result<SurveyDoc, RatingError>> {
  const link = service.requestId ? { requestId: service.requestId } : { caseId: service.caseId };
  if ((await deps.db.surveys.find({ selector: { kind: 'answer', ...link }, limit: 1 }).exec()).length > 0) return err({ code: 'survey.answer.already-rated' });
  const answer = recordAnswer(prompt.questionnaire, { ...service, method, campaignId: prompt.campaign.id, values }, writeContext(deps));
  if (!answer.ok) return answer;
  await deps.db.surveys.insert(answer.value);
  return ok(answer.value);
}
