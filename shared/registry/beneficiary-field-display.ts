/**
 * A beneficiary file's fields as a person reads them, outside the file's own screen (the sync
 * screen's conflicts): the field by the registry's translated label, the value the way the file
 * view shows it — a mobile as a phone number, a channel by its label, a date in both calendars.
 * Pure: the translator, the language and the desk's category labels are passed in.
 */
import { CHANNELS, findSubChannel } from '../catalog/channels';
import { formatGregorian, formatHijri } from '../calendar/hijri';
import { isIsoDate } from '../calendar/iso-date';
import { joinList } from '../i18n/list';
import type { Locale } from '../i18n/locale';
import { formatMobileForDisplay } from './mobile';

export type Translate = (key: string) => string;

export type FieldDisplayContext = {
  locale: Locale;
  t: Translate;
  /** the desk's label of a beneficiary category, by key */
  categoryLabel?: (key: string) => string | undefined;
};

/** The registry's i18n key for a field's label, by the dotted path a conflict names. */
const LABEL_KEYS: Record<string, string> = {
  'name.first': 'registry.field.first',
  'name.father': 'registry.field.father',
  'name.grandfather': 'registry.field.grandfather',
  'name.family': 'registry.field.family',
  name: 'registry.section.name',
  latinName: 'registry.field.latinName',
  nationalId: 'registry.field.nationalId',
  idKind: 'registry.field.nationalId',
  birthDate: 'registry.field.birthDate',
  gender: 'registry.field.gender',
  nationality: 'registry.field.nationality',
  maritalStatus: 'registry.field.maritalStatus',
  categoryKey: 'registry.field.category',
  familyCount: 'registry.field.familyCount',
  familyMembers: 'registry.section.family',
  city: 'registry.field.city',
  district: 'registry.field.district',
  address: 'registry.view.address',
  mobiles: 'registry.view.mobiles',
  noMobileReason: 'registry.field.noMobileReason',
  preferredChannel: 'registry.view.channel',
  'preferredChannel.channel': 'registry.view.channel',
  'preferredChannel.subChannel': 'registry.field.subChannel',
  'preferredChannel.address': 'registry.field.channelAddress.mobile',
  consent: 'registry.view.consent',
  consentLog: 'consent.title',
  imageConsents: 'consent.image.title',
  notes: 'registry.view.notes',
};

/** The translated label of a beneficiary field, or null for a field the registry does not show. */
export function beneficiaryFieldLabel(path: string, t: Translate): string | null {
  const key = LABEL_KEYS[path] ?? LABEL_KEYS[path.split('.')[0] ?? ''];
  return key ? t(key) : null;
}

const listOf = (items: readonly string[], locale: Locale): string => joinList(items, locale);

/**
 * A phone number in a left-to-right isolate (LRI … PDI): in Arabic text its digit groups would
 * otherwise read in reverse order. One not normalized stays as typed (formatMobileForDisplay).
 */
const phone = (value: string): string => `\u2066${formatMobileForDisplay(value)}\u2069`;

function channelText(value: Record<string, unknown>, locale: Locale): string {
  const sub = findSubChannel(String(value.channel ?? ''), String(value.subChannel ?? ''));
  const label = sub ? (locale === 'ar' ? sub.labelAr : sub.labelEn) : String(value.subChannel ?? '');
  const address = typeof value.address === 'string' ? value.address : '';
  if (!address) return label;
  return `${label} — ${sub?.addressKind === 'mobile' ? phone(address) : address}`;
}

function labelOf(entry: { labelAr: string; labelEn: string } | undefined, locale: Locale): string | undefined {
  return entry && (locale === 'ar' ? entry.labelAr : entry.labelEn);
}

function dateText(value: string, locale: Locale): string {
  return `${formatHijri(value, locale)} (${formatGregorian(value, locale)})`;
}

/**
 * The value of a beneficiary field for reading; null when this function does not know the
 * field or the value's shape (the caller shows it plainly). Empty values are the caller's.
 */
export function formatBeneficiaryValue(path: string, value: unknown, context: FieldDisplayContext): string | null {
  const { locale, t } = context;
  const top = path.split('.')[0] ?? '';
  if (top === 'mobiles' && Array.isArray(value)) return listOf(value.map((m) => phone(String(m))), locale);
  if (path === 'preferredChannel' && value && typeof value === 'object') return channelText(value as Record<string, unknown>, locale);
  if (path === 'preferredChannel.address' && typeof value === 'string') return phone(value);
  if (path === 'preferredChannel.channel' && typeof value === 'string') return labelOf(CHANNELS.find((c) => c.key === value), locale) ?? value;
  if (path === 'preferredChannel.subChannel' && typeof value === 'string') {
    return labelOf(CHANNELS.flatMap((c) => c.subChannels).find((sub) => sub.key === value), locale) ?? value;
  }
  if (path === 'birthDate' && isIsoDate(value)) return dateText(value, locale);
  if (typeof value !== 'string' && typeof value !== 'number') {
    if (top === 'familyMembers' && Array.isArray(value)) return listOf(value.map((m) => String((m as { name?: unknown }).name ?? '')), locale);
    return null;
  }
  const text = String(value);
  switch (path) {
    case 'gender':
      return t(`registry.gender.${text}`);
    case 'maritalStatus':
      return t(`registry.marital.${text}`);
    case 'idKind':
      return t(`registry.idKind.${text}`);
    case 'categoryKey':
      return context.categoryLabel?.(text) ?? text;
    case 'nationality':
      return regionName(text, locale);
    case 'familyCount':
      return Number(value).toLocaleString(locale === 'ar' ? 'ar-SA' : 'en-GB');
    default:
      return null;
  }
}

function regionName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
