/**
 * The results (policy 3.8): per campaign, the response rate from its tasks; over the answers, the
 * satisfaction index by period, service, unit or liaison officer with its counts, groups under five
 * answers shown as too few to report (shared/surveys/satisfaction-index.ts).
 */
import { combineLatest, map, type Observable } from 'rxjs';
import { satisfactionIndex, type IndexGroupBy, type IndexRow } from '@shared/surveys/satisfaction-index';
import { responseRate, type ResponseRate } from '@shared/surveys/tasks';
import type { SurveysDeps } from './deps';

export type Results = { rate: ResponseRate | null; rows: IndexRow[] };

/** `campaignId` '' for every answer on the desk (the rate then is not shown: no sample behind it). */
export function watchResults(deps: Pick<SurveysDeps, 'db'>, campaignId: string, groupBy: IndexGroupBy): Observable<Results> {
  const answers = deps.db.surveys.find({ selector: campaignId ? { campaignId, kind: 'answer' } : { kind: 'answer' } }).$;
  const tasks = deps.db.surveys.find({ selector: { campaignId, kind: 'task' } }).$;
  return combineLatest([answers, tasks]).pipe(
    map(([a, t]) => ({
      rate: campaignId ? responseRate(t.map((d) => d.toMutableJSON())) : null,
      rows: satisfactionIndex(a.map((d) => d.toJSON()), groupBy),
    })),
  );
}
