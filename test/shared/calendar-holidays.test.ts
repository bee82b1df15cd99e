import { describe, expect, it } from 'vitest';
import { holidayOn, isHoliday, validateHolidayTable, type HolidayRange } from '../../shared/calendar/holidays';
import { dayOfWeek } from '../../shared/calendar/iso-date';
import { foundingDay, KNOWN_EID_HOLIDAYS, nationalDay, seedHolidays } from '../../shared/calendar/seed-holidays';

const range = (id: string, start: string, end: string, extra: Partial<HolidayRange> = {}): HolidayRange => ({
  id, nameAr: 'إجازة', nameEn: 'Holiday', start, end, kind: 'other', ...extra,
});

describe('validateHolidayTable', () => {
  it('accepts the seed table and an empty table', () => {
    expect(validateHolidayTable(seedHolidays([2024, 2025, 2026, 2027, 2028, 2030]))).toEqual([]);
    expect(validateHolidayTable([])).toEqual([]);
  });

  it('accepts ranges that touch without sharing a day, and one-day ranges', () => {
    expect(validateHolidayTable([range('a', '2026-01-01', '2026-01-03'), range('b', '2026-01-04', '2026-01-04')])).toEqual([]);
  });

  it('refuses a reversed range', () => {
    expect(validateHolidayTable([range('a', '2026-01-05', '2026-01-04')])).toEqual([{ code: 'holiday.reversed', id: 'a' }]);
  });

  it('refuses overlapping ranges, naming both', () => {
    const errors = validateHolidayTable([range('late', '2026-03-21', '2026-03-25'), range('eid', '2026-03-19', '2026-03-22')]);
    expect(errors).toEqual([{ code: 'holiday.overlap', id: 'eid', otherId: 'late' }]);
  });

  it('catches a long range swallowing several short ones', () => {
    const errors = validateHolidayTable([
      range('long', '2026-01-01', '2026-01-31'), range('x', '2026-01-10', '2026-01-10'), range('y', '2026-01-20', '2026-01-21'),
    ]);
    expect(errors).toEqual([
      { code: 'holiday.overlap', id: 'long', otherId: 'x' },
      { code: 'holiday.overlap', id: 'long', otherId: 'y' },
    ]);
  });

  it('refuses bad dates per field and skips them for the overlap check', () => {
    const errors = validateHolidayTable([range('a', '2026-02-30', '2026/03/01'), range('b', '2026-01-01', '2026-12-31')]);
    expect(errors).toEqual([
      { code: 'holiday.date-format', id: 'a', field: 'start' },
      { code: 'holiday.date-format', id: 'a', field: 'end' },
    ]);
  });

  it('refuses blank names in either language, blank and duplicate ids, and an unknown kind', () => {
    const bad = { ...range('k', '2026-05-01', '2026-05-01'), kind: 'birthday' } as unknown as HolidayRange;
    const errors = validateHolidayTable([
      range('a', '2026-01-01', '2026-01-01', { nameAr: '  ' }),
      range('b', '2026-02-01', '2026-02-01', { nameEn: '' }),
      range(' ', '2026-03-01', '2026-03-01'),
      range('a', '2026-04-01', '2026-04-01'),
      bad,
    ]);
    expect(errors).toEqual([
      { code: 'holiday.name-required', id: 'a', field: 'nameAr' },
      { code: 'holiday.name-required', id: 'b', field: 'nameEn' },
      { code: 'holiday.id-required', id: ' ', field: 'id' },
      { code: 'holiday.duplicate-id', id: 'a', field: 'id' },
      { code: 'holiday.kind', id: 'k', field: 'kind' },
    ]);
  });
});

describe('holidayOn', () => {
  const table = [range('eid', '2026-03-19', '2026-03-22', { kind: 'eid-fitr' })];
  it('covers both ends of a range inclusively and nothing outside it', () => {
    expect(holidayOn('2026-03-19', table)?.id).toBe('eid');
    expect(holidayOn('2026-03-22', table)?.id).toBe('eid');
    expect(isHoliday('2026-03-18', table)).toBe(false);
    expect(isHoliday('2026-03-23', table)).toBe(false);
  });
});

describe('seedHolidays', () => {
  it('holds the known Eid holidays of 1446 and 1447 (4 days each)', () => {
    const seed = seedHolidays([2025, 2026]);
    const eids = seed.filter((h) => h.kind.startsWith('eid-')).map(({ id, start, end }) => ({ id, start, end }));
    expect(eids).toEqual([
      { id: 'eid-fitr-1446', start: '2025-03-30', end: '2025-04-02' },
      { id: 'eid-adha-1446', start: '2025-06-05', end: '2025-06-08' },
      { id: 'eid-fitr-1447', start: '2026-03-19', end: '2026-03-22' },
      { id: 'eid-adha-1447', start: '2026-05-26', end: '2026-05-29' },
    ]);
    expect(KNOWN_EID_HOLIDAYS).toHaveLength(4);
  });

  it('gives every year its Founding Day and National Day, sorted by start, without duplicates', () => {
    // 2024 and 2030 hold no seeded Eid (2027 now holds the projected 1448 ones).
    const seed = seedHolidays([2030, 2024, 2030]);
    expect(seed.map((h) => h.id)).toEqual(['founding-day-2024', 'national-day-2024', 'founding-day-2030', 'national-day-2030']);
    expect(seed.every((h) => h.kind === 'national' && h.nameAr !== '' && h.nameEn !== '')).toBe(true);
  });

  it('keeps a weekday national holiday on its own date', () => {
    expect(foundingDay(2026)).toMatchObject({ start: '2026-02-22', end: '2026-02-22' }); // Sunday
    expect(nationalDay(2025)).toMatchObject({ start: '2025-09-23', end: '2025-09-23' }); // Tuesday
  });

  it('moves a Friday holiday to the Thursday before (range Thursday–Friday)', () => {
    expect(dayOfWeek('2030-02-22')).toBe(5);
    expect(foundingDay(2030)).toMatchObject({ id: 'founding-day-2030', start: '2030-02-21', end: '2030-02-22' });
    expect(dayOfWeek('2033-09-23')).toBe(5);
    expect(nationalDay(2033)).toMatchObject({ start: '2033-09-22', end: '2033-09-23' });
  });

  it('moves a Saturday holiday to the Sunday after (range Saturday–Sunday)', () => {
    expect(dayOfWeek('2028-09-23')).toBe(6);
    expect(nationalDay(2028)).toMatchObject({ id: 'national-day-2028', start: '2028-09-23', end: '2028-09-24' });
    expect(dayOfWeek('2025-02-22')).toBe(6);
    expect(foundingDay(2025)).toMatchObject({ start: '2025-02-22', end: '2025-02-23' });
  });

  it('ignores years that are not whole years in range', () => {
    expect(seedHolidays([2025.5, 0, 10_000])).toEqual([]);
  });
});
