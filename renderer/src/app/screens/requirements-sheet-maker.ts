/**
 * The requirements sheet wiring (policy 3.3b: the beneficiary is given the criteria and requirements):
 * a request type's latest version and eligibility from the catalog, the association's name from the
 * desk settings and the desk's active communication channels become the plain snapshot of
 * shared/intake/pdf/requirements-sheet.ts, which the PDF worker renders.
 */
import type { Channel } from '@shared/catalog/channels';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { REPLY_WORKING_DAYS } from '@shared/calendar/working-days';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { RequirementsSheetInput } from '@shared/intake/pdf/requirements-sheet';
import { readRequestType } from '@renderer/db/catalog-admin';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { renderPdf } from '@renderer/pdf/render-pdf';
import type { SheetMaker } from '@renderer/components/pdf-download-button';

/**
 * Where to ask: each active channel with the ways it is reached. The desk settings hold no phone or
 * e-mail of the association yet, so the in-person line names this desk instead of an address.
 */
export function inquiryChannels(channels: readonly CatalogDoc[], deskName: string): RequirementsSheetInput['inquiryChannels'] {
  return channels
    .filter((doc) => doc.active)
    .map((doc) => {
      const subs = (doc.data?.subChannels as Channel['subChannels'] | undefined) ?? [];
      const ways = subs.map((sub) => sub.labelAr).join('، ');
      return { label: doc.labelAr, value: doc.key === 'in-person' ? `${ways} — ${deskName}` : ways || doc.labelAr };
    });
}

export async function requirementsSheetInput(db: WaslDatabase, settings: DeskSettings, typeKey: string, now: Date): Promise<RequirementsSheetInput> {
  const entry = await readRequestType(db, typeKey);
  if (!entry) throw new Error(`Unknown request type ${typeKey}`);
  const channels = (await db.catalog.find({ selector: { kind: 'channel' }, sort: [{ order: 'asc' }] }).exec()).map((doc) => doc.toMutableJSON());
  const today = riyadhDateOf(now.getTime());
  return {
    associationName: settings.associationName,
    requestType: { nameAr: entry.latest.nameAr, version: entry.latest.version, requirements: entry.latest.requirements.map((r) => ({ ...r })) },
    eligibility: entry.eligibilityAr,
    inquiryChannels: inquiryChannels(channels, settings.deskName),
    printedAt: { hijri: formatHijri(today, 'ar'), gregorian: formatGregorian(today, 'ar') },
    replyWorkingDays: REPLY_WORKING_DAYS,
  };
}

export function requirementsSheetMaker(db: WaslDatabase, settings: DeskSettings): SheetMaker {
  return async (typeKey) => {
    const input = await requirementsSheetInput(db, settings, typeKey, new Date());
    return { blob: await renderPdf('requirements-sheet', input), fileName: `requirements-${typeKey}-v${input.requestType.version}.pdf` };
  };
}
