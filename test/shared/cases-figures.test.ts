import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { officerFigures, unacknowledgedWebCases } from '@shared/cases/case-figures';
import { liaisonOfficersOf } from '@shared/cases/case-routing';
import { ADMIN, at, caseIn, freshCase, HOLIDAYS, move } from './cases-fixtures';

describe('management\'s follow-up figures (policy 3.8e–f)', () => {
  it('per officer: open, overdue, average first response and resolution in working days (pauses left out)', () => {
    // Received Sunday 1 March; acknowledged (assigned) Monday 2: 1 working day.
    const overdue = { ...caseIn('in-progress'), id: 'c1' };
    // Waited Tuesday 3 → Sunday 8 (3 working days paused), resolved Thursday 12: 7 working days, 4 counted.
    let paused = move(caseIn('in-progress'), 'waiting-for-complainant', ADMIN, at(3));
    paused = move(move(paused, 'in-progress', ADMIN, at(8)), 'resolved', ADMIN, at(12));
    const other = { ...move(freshCase(), 'assigned', ADMIN, at(5), { officerId: 'officer-2' }), id: 'c3' };
    const unassigned = { ...freshCase(), id: 'c4' };
    expect(officerFigures([overdue, { ...paused, id: 'c2' }, other, unassigned], '2026-03-18', HOLIDAYS, DEFAULT_CASE_CLOCKS)).toEqual([
      { officerId: '', open: 1, overdue: 1, averageFirstResponseDays: null, averageResolutionDays: null },
      { officerId: 'officer-1', open: 2, overdue: 1, averageFirstResponseDays: 1, averageResolutionDays: 4 },
      { officerId: 'officer-2', open: 1, overdue: 1, averageFirstResponseDays: 4, averageResolutionDays: null },
    ]);
  });

  it('lists what came through the public link and is not yet acknowledged, oldest first', () => {
    const web = (id: string, now: string) => ({ ...freshCase({}, now), id, source: 'web' as const });
    const later = web('w2', at(2));
    const earlier = web('w1', at(1));
    expect(unacknowledgedWebCases([later, earlier, freshCase(), { ...move(web('w3', at(1)), 'assigned'), id: 'w3' }]).map((d) => d.id)).toEqual(['w1', 'w2']);
  });

  it('a file names its liaison officers by domain (policy 3.7a)', () => {
    const matrix = { widows: { health: { officerId: 'o1', backupId: 'o2' }, housing: { officerId: '', backupId: '' } } };
    expect(liaisonOfficersOf(matrix, 'widows', ['housing', 'health'])).toEqual([{ domain: 'health', officerId: 'o1', backupId: 'o2' }]);
    expect(liaisonOfficersOf(matrix, 'elderly', ['health'])).toEqual([]);
  });
});
