import { describe, expect, it } from 'vitest';
import { joinList } from '../../shared/i18n/list';

describe('joinList', () => {
  it('joins with the Arabic comma in Arabic and ", " in English, items untouched', () => {
    expect(joinList(['صورة الهوية', 'صورة سجل الأسرة'], 'ar')).toBe('صورة الهوية، صورة سجل الأسرة');
    expect(joinList(['ID copy', 'Family record', 'تقرير.pdf'], 'en')).toBe('ID copy, Family record, تقرير.pdf');
    expect(joinList(['+966551234567'], 'en')).toBe('+966551234567');
    expect(joinList([], 'ar')).toBe('');
  });
});
