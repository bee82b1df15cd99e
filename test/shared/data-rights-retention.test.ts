import { describe, expect, it } from 'vitest';
import { filesForReview, isValidRetentionYears, yearsBefore, type RetentionFile } from '@shared/data-rights/retention';

const file = (id: string, createdAt: string, erased = false): RetentionFile => ({ beneficiaryId: id, fileNumber: `RYD1-2019-${id}`, createdAt, erased });
const FILES = [file('a', '2019-01-10T08:00:00Z'), file('b', '2019-01-10T08:00:00Z'), file('c', '2019-01-10T08:00:00Z'), file('d', '2019-01-10T08:00:00Z', true), file('e', '2019-01-10T08:00:00Z')];
const TODAY = '2026-06-15';

describe('retention review (PDPL Art. 18): idle files are listed, never erased', () => {
  it('lists files whose last activity is at least N years ago, longest idle first; active, erased and kept files are not listed', () => {
    const activities = [
      { beneficiaryId: 'a', at: '2020-03-01T08:00:00Z' },
      { beneficiaryId: 'b', at: '2025-12-01T08:00:00Z' }, // active last year
      { beneficiaryId: 'c', at: '2021-06-15T08:00:00Z' }, // exactly five years on today (Riyadh)
    ];
    const keeps = [{ beneficiaryId: 'e', reason: 'نزاع قائم', at: '2024-01-01T08:00:00Z', by: 'admin-1' }];
    expect(filesForReview(FILES, activities, keeps, 5, TODAY)).toEqual([
      { beneficiaryId: 'a', fileNumber: 'RYD1-2019-a', lastActivity: '2020-03-01', idleYears: 6 },
      { beneficiaryId: 'c', fileNumber: 'RYD1-2019-c', lastActivity: '2021-06-15', idleYears: 5 },
    ]);
  });

  it('the number of years is the setting: 7 lists fewer, 1 lists more; a kept file returns N years after the decision', () => {
    const activities = [{ beneficiaryId: 'a', at: '2020-03-01T08:00:00Z' }, { beneficiaryId: 'b', at: '2025-01-01T08:00:00Z' }, { beneficiaryId: 'c', at: '2024-01-01T08:00:00Z' }];
    expect(filesForReview(FILES, activities, [], 7, TODAY).map((item) => item.beneficiaryId)).toEqual(['e']);
    expect(filesForReview(FILES, activities, [], 1, TODAY).map((item) => item.beneficiaryId)).toEqual(['e', 'a', 'c', 'b']);
    const keeps = [{ beneficiaryId: 'a', reason: 'سبب', at: '2025-06-16T08:00:00Z', by: 'admin-1' }];
    expect(filesForReview(FILES, activities, keeps, 1, TODAY).map((item) => item.beneficiaryId)).toEqual(['e', 'c', 'b']);
  });

  it('a day counts in Riyadh: 22:00 UTC on 14 June is the 15th there', () => {
    const late = [{ beneficiaryId: 'a', at: '2021-06-14T22:00:00Z' }];
    expect(filesForReview([FILES[0] as RetentionFile], late, [], 5, TODAY)[0]?.lastActivity).toBe('2021-06-15');
  });

  it('the setting is a whole number of years between 1 and 50; 29 February falls back to the 28th', () => {
    expect([0, 1, 5, 50, 51, 2.5, '5'].map(isValidRetentionYears)).toEqual([false, true, true, true, false, false, false]);
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
  });
});
