/** Amounts: typed in riyals (up to two decimals, Arabic-Indic digits forgiven), kept in whole halalas. */
import { normalizeDigits } from '@shared/registry/text-normalize';

/** Halalas from a typed amount, or null when it is not one (negative, more than two decimals, not a number). */
export function parseAmount(text: string): number | null {
  const clean = normalizeDigits(text).replace(/[,\s٬]/g, '').replace('٫', '.');
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(clean)) return null;
  const [riyals = '0', fraction = ''] = clean.split('.');
  return Number(riyals) * 100 + Number(fraction.padEnd(2, '0'));
}

export function formatAmount(halalas: number): string {
  const riyals = Math.floor(halalas / 100).toLocaleString('en-US');
  return `${riyals}.${String(halalas % 100).padStart(2, '0')} ر.س`;
}
