/**
 * A list as the locale writes it: Arabic separates with the Arabic comma, English with ", ". Plain
 * separators, not Intl.ListFormat: ICU's Arabic list glues "و" to every item ("أ وب وج"), which
 * changes names and file names, and its data differs between Chromium and Node builds.
 */
import type { Locale } from './locale';

export const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { ar: '، ', en: ', ' };

export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(LIST_SEPARATOR[locale]);
}
