/**
 * Visit types (policy 3.8c) as catalog kind 'visit-type' (key = the type): `data.items` its checklist, each
 * item with a stable key and its Arabic and English wording; `data.actionDays` the working days a corrective
 * action opened by a failed item gets by default. A planned visit copies the items (visit.schema.ts), so a
 * type edited later leaves earlier visits' records as they were.
 * The reader returns null for data it cannot read (a newer desk may sync in another shape): left out, not guessed.
 */
import { VISIT_LIMITS } from '../db/schemas/visit.schema';

export type VisitTypeItem = { key: string; labelAr: string; labelEn: string };
export type VisitTypeData = { items: VisitTypeItem[]; actionDays: number };

/** A corrective action due later than this many working days is a typo. */
export const ACTION_DAYS_MAX = 120;
export const DEFAULT_ACTION_DAYS = 10;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLabel = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= VISIT_LIMITS.itemLabel;

function readItem(value: unknown): VisitTypeItem | null {
  if (!isObject(value) || typeof value.key !== 'string' || value.key === '' || value.key.length > 40) return null;
  if (!isLabel(value.labelAr) || !isLabel(value.labelEn)) return null;
  return { key: value.key, labelAr: value.labelAr, labelEn: value.labelEn };
}

export function readVisitType(data: unknown): VisitTypeData | null {
  if (!isObject(data) || !Array.isArray(data.items) || data.items.length === 0 || data.items.length > VISIT_LIMITS.checklist) return null;
  const items = data.items.map(readItem);
  if (items.some((item) => item === null)) return null;
  const days = data.actionDays;
  const actionDays = Number.isInteger(days) && (days as number) >= 1 && (days as number) <= ACTION_DAYS_MAX ? (days as number) : DEFAULT_ACTION_DAYS;
  return { items: items as VisitTypeItem[], actionDays };
}

type Seed = { key: string; labelAr: string; labelEn: string; data: VisitTypeData };

const item = (key: string, labelAr: string, labelEn: string): VisitTypeItem => ({ key, labelAr, labelEn });

export const VISIT_TYPE_SEEDS: readonly Seed[] = [
  {
    key: 'home-visit', labelAr: 'زيارة منزلية', labelEn: 'Home visit',
    data: {
      actionDays: 10,
      items: [
        item('identity-checked', 'التحقق من هوية المستفيد', "Beneficiary's identity checked"),
        item('housing-condition', 'حالة السكن مطابقة لما في الملف', 'Housing condition matches the file'),
        item('aid-received', 'استلام المساعدة المقررة', 'Decided aid received'),
        item('needs-updated', 'تحديث الاحتياجات', 'Needs updated'),
      ],
    },
  },
  {
    key: 'site-inspection', labelAr: 'زيارة إشرافية لموقع', labelEn: 'Site inspection',
    data: {
      actionDays: 5,
      items: [
        item('safety', 'اشتراطات السلامة متوفرة', 'Safety requirements in place'),
        item('cleanliness', 'النظافة والترتيب', 'Cleanliness and order'),
        item('records', 'السجلات محدثة', 'Records up to date'),
        item('reception', 'حسن استقبال المستفيدين', 'Beneficiaries received well'),
      ],
    },
  },
];
