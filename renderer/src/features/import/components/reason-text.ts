import type { TFunction } from 'i18next';
import type { RowReason, RowVerdict } from '@shared/import/import-plan';
import { joinList } from '@shared/i18n/list';
import type { Locale } from '@shared/i18n/locale';

/** The form's field paths ('name.first', 'mobiles.0', 'preferredChannel.address') as the import's field labels. */
function fieldLabel(t: TFunction, field: string): string {
  const [head = '', part = ''] = field.split('.');
  if (head === 'name') return part === '' ? t('import.field.fullName') : t(`import.field.${part}`);
  if (head === 'mobiles' || head === 'preferredChannel' || head === 'noMobileReason') return t('import.field.mobile');
  return t(`import.field.${head}`, { defaultValue: head });
}

export function reasonText(t: TFunction, reason: RowReason): string {
  const text = t(reason.key, { row: reason.row ?? '', fileNumber: reason.fileNumber ?? '' });
  return reason.field ? `${fieldLabel(t, reason.field)}: ${text}` : text;
}

/** Every reason of a row in one line, for the screen and the rejected-rows file. */
export function verdictText(t: TFunction, locale: Locale, verdict: Exclude<RowVerdict, { kind: 'add' }>): string {
  return joinList(verdict.reasons.map((reason) => reasonText(t, reason)), locale);
}
