import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { Locale } from '@shared/i18n/locale';

/** A signing or publishing moment as the Riyadh day in both calendars. */
export function formatPolicyDate(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const day = riyadhDateOf(ms);
  return `${formatGregorian(day, locale)} (${formatHijri(day, locale)})`;
}
