import { matchPath } from 'react-router';
import { describe, expect, test } from 'vitest';
import { routePaths, routePatterns } from '@renderer/app/route-paths';

/** Every address a screen links to lands on the route the router mounts for it, with its ids intact. */
const at = (pattern: string, path: string) => matchPath({ path: `/${pattern}`, end: true }, path);

describe('route paths', () => {
  test('each builder lands on its own pattern, ids decoded back', () => {
    const id = 'b/1';
    expect(at(routePatterns.beneficiary, routePaths.beneficiaries.view(id))?.params).toEqual({ id });
    expect(at(routePatterns.editBeneficiary, routePaths.beneficiaries.edit(id))?.params).toEqual({ id });
    expect(at(routePatterns.newRequest, routePaths.beneficiaries.newRequest(id))?.params).toEqual({ id });
    expect(at(routePatterns.request, routePaths.requests.view(id))?.params).toEqual({ id });
    expect(at(routePatterns.case, routePaths.cases.view(id))?.params).toEqual({ id });
    expect(matchPath({ path: `/${routePatterns.newCase}`, end: true }, routePaths.cases.createFor(id).split('?')[0] ?? '')).not.toBeNull();
    expect(new URLSearchParams(routePaths.cases.createFor(id).split('?')[1]).get('file')).toBe(id);
    expect(at(routePatterns.questionnaire, routePaths.surveys.questionnaire(id))?.params).toEqual({ id });
    expect(at(routePatterns.surveyTasks, routePaths.surveys.tasks(id))?.params).toEqual({ id });
    expect(new URLSearchParams(routePaths.surveys.results(id).split('?')[1]).get('campaign')).toBe(id);
    expect(at(routePatterns.duplicatePair, routePaths.duplicates.pair('a/1', 'b/2'))?.params).toEqual({ first: 'a/1', second: 'b/2' });
  });

  test('the fixed addresses are their patterns', () => {
    const fixed: Array<[string, string]> = [
      [routePatterns.beneficiaries, routePaths.beneficiaries.search],
      [routePatterns.newBeneficiary, routePaths.beneficiaries.create],
      [routePatterns.requests, routePaths.requests.list],
      [routePatterns.pickBeneficiary, routePaths.requests.pickBeneficiary],
      [routePatterns.cases, routePaths.cases.list],
      [routePatterns.newCase, routePaths.cases.create],
      [routePatterns.casesFollowUp, routePaths.cases.followUp],
      [routePatterns.casesInformChanges, routePaths.cases.informChanges],
      [routePatterns.visits, routePaths.visits.list],
      [routePatterns.surveys, routePaths.surveys.home],
      [routePatterns.newQuestionnaire, routePaths.surveys.newQuestionnaire],
      [routePatterns.newCampaign, routePaths.surveys.newCampaign],
      [routePatterns.surveyResults, routePaths.surveys.results('').split('?')[0] ?? ''],
      [routePatterns.catalog, routePaths.catalog],
      [routePatterns.staff, routePaths.staff],
      [routePatterns.settings, routePaths.settings],
      [routePatterns.duplicates, routePaths.duplicates.list],
      [routePatterns.verify, routePaths.verify],
      [routePatterns.sync, routePaths.sync],
      [routePatterns.about, routePaths.about],
    ];
    for (const [pattern, path] of fixed) expect(at(pattern, path), path).not.toBeNull();
  });
});
