/**
 * The receipt wiring (policy 3.3e–f: what the beneficiary takes home): the request, its beneficiary, the catalog labels, the desk and the staff
 * member become the plain snapshot of shared/intake/pdf/receipt.ts, which the PDF worker renders.
 */
import { findSubChannel, type Channel } from '@shared/catalog/channels';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf, type IsoDate } from '@shared/calendar/iso-date';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { ReceiptInput } from '@shared/intake/pdf/receipt';
import { REPLY_WORKING_DAYS } from '@shared/calendar/working-days';
import { formatMobileForDisplay } from '@shared/registry/mobile';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { renderPdf } from '@renderer/pdf/render-pdf';
import type { ReceiptMaker } from '@renderer/features/intake/components/receipt-button';

const dual = (date: IsoDate) => ({ hijri: formatHijri(date, 'ar'), gregorian: formatGregorian(date, 'ar') });

async function catalogLabel(db: WaslDatabase, kind: string, key: string): Promise<CatalogDoc | null> {
  const doc = await db.catalog.findOne({ selector: { kind, key } }).exec();
  return doc ? doc.toMutableJSON() : null;
}

export async function receiptInput(db: WaslDatabase, settings: DeskSettings, staffId: string, request: RequestDoc, now: Date): Promise<ReceiptInput> {
  const beneficiary = await db.beneficiaries.findOne(request.beneficiaryId).exec();
  if (!beneficiary || !request.completionDate || !request.dueDate) throw new Error('The request is not complete');
  const staff = await db.staff.findOne(staffId).exec();
  const unit = await catalogLabel(db, 'unit', request.unitId);
  const agreed = beneficiary.preferredChannel;
  const channelDoc = await catalogLabel(db, 'channel', agreed.channel);
  const channel: Channel | null = channelDoc
    ? { key: channelDoc.key, labelAr: channelDoc.labelAr, labelEn: channelDoc.labelEn, subChannels: (channelDoc.data?.subChannels as Channel['subChannels'] | undefined) ?? [] }
    : null;
  const sub = channel ? findSubChannel(agreed.channel, agreed.subChannel, [channel]) : undefined;
  return {
    associationName: settings.associationName,
    deskName: settings.deskName,
    requestNumber: request.requestNumber,
    beneficiary: { fullName: beneficiary.fullName, fileNumber: beneficiary.fileNumber },
    requestTypeName: request.requestType.nameAr,
    completionDate: dual(request.completionDate),
    dueDate: dual(request.dueDate),
    unitName: unit?.labelAr ?? request.unitId,
    channel: {
      channelLabel: channel?.labelAr ?? agreed.channel,
      subChannelLabel: sub?.labelAr ?? agreed.subChannel,
      address: sub?.addressKind === 'mobile' ? formatMobileForDisplay(agreed.address) : agreed.address,
    },
    requirements: request.requestType.requirements.map((r) => ({ labelAr: r.labelAr, kind: r.kind, provided: request.checklist[r.id]?.provided === true })),
    staffName: staff?.displayName ?? '',
    printedAt: dual(riyadhDateOf(now.getTime())),
    replyWorkingDays: REPLY_WORKING_DAYS,
  };
}

export function receiptMaker(db: WaslDatabase, settings: DeskSettings, staffId: string): ReceiptMaker {
  return async (request) => {
    const blob = await renderPdf('receipt', await receiptInput(db, settings, staffId, request, new Date()));
    return { blob, fileName: `receipt-${request.requestNumber}.pdf` };
  };
}
