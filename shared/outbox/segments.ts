/**
 * SMS segments (shown to staff before a notice is queued, policy 3.3e): a message that fits the
 * GSM 03.38 alphabet goes as 7-bit text, 160 characters in one segment or 153 a segment when
 * split (7 go to the concatenation header); anything else (Arabic) goes as UCS-2, 70 UTF-16 units
 * in one segment or 67 when split. Characters of the GSM extension table (e.g. { } [ ] € ~) take
 * two 7-bit places. Operators bill per segment and phones drop long chains, so a notice is refused
 * past MAX_SMS_SEGMENTS.
 */
export const MAX_SMS_SEGMENTS = 5;

export type SmsEncoding = 'gsm7' | 'ucs2';

export type SmsSegments = {
  encoding: SmsEncoding;
  /** septets (gsm7) or UTF-16 code units (ucs2) */
  units: number;
  segments: number;
  /** the capacity of one segment at this length (single or split) */
  perSegment: number;
};

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

const LIMITS: Record<SmsEncoding, { single: number; split: number }> = {
  gsm7: { single: 160, split: 153 },
  ucs2: { single: 70, split: 67 },
};

/** The 7-bit length of the text, or null when a character is outside the GSM alphabet. */
function gsm7Units(text: string): number | null {
  let units = 0;
  for (const char of text) {
    if (BASIC.has(char)) units += 1;
    else if (EXTENSION.has(char)) units += 2;
    else return null;
  }
  return units;
}

export function countSmsSegments(text: string): SmsSegments {
  const gsm = gsm7Units(text);
  const encoding: SmsEncoding = gsm === null ? 'ucs2' : 'gsm7';
  // UCS-2 as phones send it: UTF-16 code units, so an emoji (a surrogate pair) takes two.
  const units = gsm ?? text.length;
  const limit = LIMITS[encoding];
  if (units <= limit.single) return { encoding, units, segments: units === 0 ? 0 : 1, perSegment: limit.single };
  return { encoding, units, segments: Math.ceil(units / limit.split), perSegment: limit.split };
}
