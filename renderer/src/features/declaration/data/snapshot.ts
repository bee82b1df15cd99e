/**
 * The declared snapshot: what the beneficiary confirms on the paper, copied from the file, the
 * request, the catalog labels, the desk and the staff member at that moment. Later edits of the
 * file or the catalog never change a declaration: it keeps the words it was signed with.
 */
import { CHANNELS, findSubChannel, type Channel } from '@shared/catalog/channels';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { RIYADH_OFFSET_MS, riyadhDateOf } from '@shared/calendar/iso-date';
import { BENEFICIARY_LIMITS, type BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { DeclarationLabel, DeclarationSnapshot } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeclarationDeps } from './deps';

async function catalogDoc(db: WaslDatabase, kind: string, key: string): Promise<CatalogDoc | null> {
  const doc = await db.catalog.findOne({ selector: { kind, key } }).exec();
  return doc ? doc.toMutableJSON() : null;
}

const labelOf = (doc: { labelAr: string; labelEn: string } | null | undefined, fallback: string): DeclarationLabel =>
  doc ? { ar: doc.labelAr, en: doc.labelEn } : { ar: fallback, en: fallback };

/** The agreed channel as "channel — sub-channel", from the catalog (the seed when it has no entry). */
async function channelOf(db: WaslDatabase, beneficiary: BeneficiaryDoc): Promise<DeclarationSnapshot['channel']> {
  const agreed = beneficiary.preferredChannel;
  const stored = await catalogDoc(db, 'channel', agreed.channel);
  const channel: Channel | null = stored
    ? { key: stored.key, labelAr: stored.labelAr, labelEn: stored.labelEn, subChannels: (stored.data?.subChannels as Channel['subChannels'] | undefined) ?? [] }
    : (CHANNELS.find((c) => c.key === agreed.channel) ?? null);
  const sub = channel ? findSubChannel(agreed.channel, agreed.subChannel, [channel]) : null;
  const part = (ar: string | undefined, en: string | undefined, key: string) => ({ ar: ar ?? key, en: en ?? key });
  const main = part(channel?.labelAr, channel?.labelEn, agreed.channel);
  const minor = part(sub?.labelAr, sub?.labelEn, agreed.subChannel);
  const address = sub?.addressKind === 'mobile' ? formatMobileForDisplay(agreed.address) : agreed.address;
  return { label: { ar: `${main.ar} — ${minor.ar}`, en: `${main.en} — ${minor.en}` }, address: address.slice(0, BENEFICIARY_LIMITS.address) };
}

/** Riyadh clock time 'HH:MM' of an instant (fixed UTC+3, like riyadhDateOf). */
function riyadhTime(instantMs: number): string {
  const riyadh = new Date(instantMs + RIYADH_OFFSET_MS);
  return `${String(riyadh.getUTCHours()).padStart(2, '0')}:${String(riyadh.getUTCMinutes()).padStart(2, '0')}`;
}

/** City, district and address as one line (what the beneficiary gave), within the snapshot's limit. */
function addressLine(beneficiary: BeneficiaryDoc): string {
  return [beneficiary.city, beneficiary.district, beneficiary.address]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('، ')
    .slice(0, BENEFICIARY_LIMITS.address);
}

export async function buildSnapshot(deps: DeclarationDeps, request: RequestDoc, beneficiary: BeneficiaryDoc): Promise<DeclarationSnapshot> {
  const now = deps.now();
  const today = riyadhDateOf(now.getTime());
  const category = await catalogDoc(deps.db, 'beneficiary-category', beneficiary.categoryKey);
  const staff = await deps.db.staff.findOne(deps.actor.id).exec();
  const due = request.dueDate ?? '';
  const provided = request.requestType.requirements.filter((r) => request.checklist[r.id]?.provided === true);
  return {
    beneficiary: {
      name: { ...beneficiary.name },
      fullName: beneficiary.fullName,
      latinName: beneficiary.latinName ?? '',
      nationalId: beneficiary.nationalId,
      mobiles: [...beneficiary.mobiles],
      noMobileReason: beneficiary.noMobileReason,
      address: addressLine(beneficiary),
      familyCount: beneficiary.familyCount,
      category: labelOf(category, beneficiary.categoryKey),
    },
    request: {
      requestNumber: request.requestNumber,
      requestType: { ar: request.requestType.nameAr, en: request.requestType.nameEn },
      requirements: provided.map((r) => ({ ar: r.labelAr, en: r.labelEn })),
    },
    channel: await channelOf(deps.db, beneficiary),
    due: { date: due, hijri: due ? formatHijri(due, 'ar') : '', gregorian: due ? formatGregorian(due, 'ar') : '' },
    associationName: deps.desk.associationName,
    deskName: deps.desk.deskName,
    staffName: staff?.displayName ?? deps.actor.id,
    declaredAt: { instant: now.toISOString(), hijri: formatHijri(today, 'ar'), gregorian: formatGregorian(today, 'ar'), time: riyadhTime(now.getTime()) },
  };
}
