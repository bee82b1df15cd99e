import { describe, expect, it } from 'vitest';
import { figure } from '@shared/dashboard/figure-types';
import { aggregateRows, mayExportNamedList } from '@shared/dashboard/small-groups';
import { dayNumber, riyadhDay } from '@shared/dashboard/day-index';

const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('the small-group rule of aggregate exports', () => {
  it('hides the numbers of groups of 1–4, keeps 0 and 5+, and hides a small total too', () => {
    const f = figure('requests.overdue', [
      { group: 'social', value: 4, count: 4, ids: ids(4, 's') },
      { group: 'family', value: 2, count: 2, ids: ids(2, 'f') },
      { group: 'housing', value: 5, count: 5, ids: ids(5, 'h') },
      { group: 'health', value: 0, count: 0, ids: [] },
    ]);
    const { rows, total } = aggregateRows(f);
    expect(rows).toEqual([
      { group: 'social', value: null, count: null, extra: null, hidden: true },
      { group: 'family', value: null, count: null, extra: null, hidden: true },
      { group: 'housing', value: 5, count: 5, extra: null, hidden: false },
      { group: 'health', value: 0, count: 0, extra: null, hidden: false },
    ]);
    expect(total).toMatchObject({ value: 11, count: 11, hidden: false });
  });

  it('one hidden group takes the next smallest with it (else the total would give it back)', () => {
    const f = figure('requests.volume', [
      { group: 'social', value: 3, count: 3, ids: ids(3, 's') },
      { group: 'housing', value: 7, count: 7, ids: ids(7, 'h') },
      { group: 'health', value: 9, count: 9, ids: ids(9, 'x') },
    ]);
    expect(aggregateRows(f).rows.map((row) => [row.group, row.hidden])).toEqual([['social', true], ['housing', true], ['health', false]]);
    const small = aggregateRows(figure('cases.open', [{ group: 'complaint', value: 3, count: 3, ids: ids(3, 'c') }]));
    expect(small.total).toEqual({ group: '', value: null, count: null, extra: null, hidden: true });
  });

  it('a share of 3 answered is hidden with its base', () => {
    const share = figure('requests.answered-in-time', [{ group: 'social', value: 2 / 3, count: 3, ids: ids(3, 'r'), extra: 2 }]);
    expect(aggregateRows(share).rows[0]).toMatchObject({ value: null, count: null, extra: null, hidden: true });
  });

  it('named lists leave the desk only with a manager or an admin', () => {
    expect(mayExportNamedList(['manager'])).toBe(true);
    expect(mayExportNamedList(['admin'])).toBe(true);
    expect(mayExportNamedList(['receptionist', 'follow-up-officer'])).toBe(false);
  });
});

describe('instants read by hand as Date.parse reads them', () => {
  it('gives the Riyadh day of Z, offset and fractional instants, around Riyadh midnight', () => {
    const instants = ['2026-03-31T20:59:59Z', '2026-03-31T21:00:00Z', '2026-04-01T00:30:00+03:00', '2026-03-31T23:30:00.123-02:00', '2024-02-29T21:00:00.000Z', '2026-01-01T00:00Z'];
    for (const at of instants) expect(riyadhDay(at)).toBe(Math.floor((Date.parse(at) + 3 * 3_600_000) / 86_400_000));
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-01')).toBe(Date.UTC(2026, 2, 1) / 86_400_000);
  });
});
