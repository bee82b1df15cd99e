/**
 * The cases' seed entries (shapes in case-catalog.ts): categories, the association's domains with their
 * competent units, and each kind's clock. The liaison matrix and delegations are not seeded: they name
 * staff, whom only the association knows; until an admin fills a cell, its cases fall to the follow-up
 * unit's queue (policy 3.5a).
 */
import { CASE_KINDS, type CaseKind } from '../db/schemas/case.schema';
import { DEFAULT_CASE_CLOCKS } from './case-catalog';
import { FOLLOW_UP_UNIT_KEY } from './units';

type Seed = { key: string; labelAr: string; labelEn: string; data: Record<string, unknown> };

const ALL_KINDS: readonly CaseKind[] = CASE_KINDS;

export const CASE_CATEGORY_SEEDS: readonly Seed[] = [
  { key: 'service-delay', labelAr: 'تأخر الخدمة', labelEn: 'Service delay', data: { kinds: ['complaint', 'inquiry', 'dispute'] } },
  { key: 'service-quality', labelAr: 'جودة الخدمة', labelEn: 'Service quality', data: { kinds: ['complaint', 'suggestion', 'dispute'] } },
  { key: 'staff-conduct', labelAr: 'تعامل الموظفين', labelEn: 'Staff conduct', data: { kinds: ['complaint', 'suggestion'] } },
  { key: 'eligibility', labelAr: 'الأهلية والقرارات', labelEn: 'Eligibility and decisions', data: { kinds: ['complaint', 'inquiry', 'dispute'] } },
  { key: 'aid-disbursement', labelAr: 'صرف المساعدات', labelEn: 'Aid disbursement', data: { kinds: ['complaint', 'inquiry', 'dispute'] } },
  { key: 'communication', labelAr: 'التواصل مع الجمعية', labelEn: 'Communicating with the association', data: { kinds: ['technical-support', 'complaint', 'suggestion'] } },
  { key: 'other', labelAr: 'أخرى', labelEn: 'Other', data: { kinds: [...ALL_KINDS] } },
];

export const ASSOCIATION_DOMAIN_SEEDS: readonly Seed[] = [
  { key: 'social-care', labelAr: 'الرعاية الاجتماعية', labelEn: 'Social care', data: { unitId: 'social-research' } },
  { key: 'financial-aid', labelAr: 'المساعدات المالية', labelEn: 'Financial aid', data: { unitId: 'financial-aid' } },
  { key: 'health', labelAr: 'الخدمات الصحية', labelEn: 'Health services', data: { unitId: 'health-services' } },
  { key: 'education', labelAr: 'الخدمات التعليمية', labelEn: 'Education services', data: { unitId: 'education-services' } },
  { key: 'housing', labelAr: 'الإسكان', labelEn: 'Housing', data: { unitId: 'housing-services' } },
  { key: 'sponsorship', labelAr: 'الكفالات', labelEn: 'Sponsorships', data: { unitId: 'sponsorship' } },
  { key: 'general', labelAr: 'شؤون عامة', labelEn: 'General matters', data: { unitId: FOLLOW_UP_UNIT_KEY } },
];

const KIND_LABELS: Record<CaseKind, [string, string]> = {
  complaint: ['الشكاوى', 'Complaints'],
  inquiry: ['الاستفسارات', 'Inquiries'],
  suggestion: ['المقترحات', 'Suggestions'],
  dispute: ['النزاعات', 'Disputes'],
  'technical-support': ['الدعم الفني', 'Technical support'],
};

export const CASE_CLOCK_SEEDS: readonly Seed[] = CASE_KINDS.map((kind) => ({
  key: kind,
  labelAr: KIND_LABELS[kind][0],
  labelEn: KIND_LABELS[kind][1],
  data: { ...DEFAULT_CASE_CLOCKS[kind] },
}));
