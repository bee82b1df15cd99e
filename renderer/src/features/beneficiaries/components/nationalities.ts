/**
 * Nationalities offered in the form, Saudi first, then those most often met at Saudi charity
 * counters; names come from Intl.DisplayNames in the UI language, so nothing to translate here.
 */
export const NATIONALITY_CODES = [
  'SA', 'YE', 'EG', 'SY', 'SD', 'JO', 'PS', 'IQ', 'LB', 'KW', 'AE', 'BH', 'OM', 'QA', 'MA', 'DZ', 'TN', 'LY',
  'MR', 'SO', 'ER', 'ET', 'DJ', 'KM', 'TD', 'NG', 'PK', 'IN', 'BD', 'AF', 'MM', 'LK', 'NP', 'ID', 'PH', 'TR',
] as const;

export function nationalityName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
