/**
 * How this desk prints declarations (policy 3.3d): Arabic only or bilingual, and the association's
 * logo on the masthead. An RxDB local document like the desk settings, so it never replicates,
 * and kept apart from them: printing is not part of what setup must have written.
 */
import { map, type Observable } from 'rxjs';
import type { CollectionsOfDatabase, RxDatabase, RxLocalDocument } from 'rxdb/plugins/core';
import { checkImageDataUrl } from '../../../shared/declaration/image';
import type { Result } from '@shared/result';

export type PrintSettings = {
  /** Arabic with the English under each label and paragraph (the document builder's bilingual variant). */
  bilingualDeclaration: boolean;
  /** The association's logo as a PNG or JPEG data URL, or null for none. */
  logo: string | null;
};

export type PrintSettingsError = 'image.not-an-image' | 'settings.logo-too-large';

export const PRINT_SETTINGS_ID = 'print';
export const DEFAULT_PRINT_SETTINGS: PrintSettings = { bilingualDeclaration: false, logo: null };
/** A masthead logo is drawn 64 pt wide: 256 KB of image is far more than it needs. */
export const MAX_LOGO_BYTES = 256 * 1024;

function toPrintSettings<D>(doc: RxLocalDocument<D, PrintSettings> | null): PrintSettings {
  const data: unknown = doc?.toJSON().data;
  if (typeof data !== 'object' || data === null) return DEFAULT_PRINT_SETTINGS;
  const { bilingualDeclaration, logo } = data as Record<string, unknown>;
  // A damaged value prints the plain Arabic declaration rather than failing the print.
  const checkedLogo = typeof logo === 'string' && checkImageDataUrl(logo).ok ? logo : null;
  return { bilingualDeclaration: bilingualDeclaration === true, logo: checkedLogo };
}

export async function readPrintSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Promise<PrintSettings> {
  return toPrintSettings(await db.getLocal<PrintSettings>(PRINT_SETTINGS_ID));
}

export function watchPrintSettings<C extends CollectionsOfDatabase>(db: RxDatabase<C>): Observable<PrintSettings> {
  return db.getLocal$<PrintSettings>(PRINT_SETTINGS_ID).pipe(map(toPrintSettings));
}

/** Checks everything first: an image that is not one, or too large, writes nothing. */
export async function writePrintSettings<C extends CollectionsOfDatabase>(
  db: RxDatabase<C>,
  settings: PrintSettings,
): Promise<Result<PrintSettings, PrintSettingsError>> {
  let logo: string | null = null;
  if (settings.logo !== null) {
    const checked = checkImageDataUrl(settings.logo);
    if (!checked.ok) return checked;
    // base64: four characters for every three bytes.
    if ((checked.value.length - checked.value.indexOf(',') - 1) * 0.75 > MAX_LOGO_BYTES) return { ok: false, error: 'settings.logo-too-large' };
    logo = checked.value;
  }
  const value: PrintSettings = { bilingualDeclaration: settings.bilingualDeclaration === true, logo };
  await db.upsertLocal<PrintSettings>(PRINT_SETTINGS_ID, value);
  return { ok: true, value };
}
