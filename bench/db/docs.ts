/** Deterministic synthetic beneficiary-like documents of about 1 KB (seeded PRNG, no real data). */
import type { BenchBeneficiary } from './beneficiary-schema';
import { prng } from '../lib/prng';

const FIRST = ['محمد', 'أحمد', 'عبدالله', 'خالد', 'فهد', 'سعد', 'فاطمة', 'نورة', 'سارة', 'منى', 'علي', 'عمر', 'ريم', 'هند', 'يوسف', 'إبراهيم', 'سلمان', 'ماجد', 'لطيفة', 'حصة'];
const FAMILY = ['القحطاني', 'العتيبي', 'الشمري', 'الدوسري', 'الحربي', 'الغامدي', 'الزهراني', 'المطيري', 'السبيعي', 'العنزي'];
const CITIES = ['الرياض', 'جدة', 'الدمام', 'مكة المكرمة', 'المدينة المنورة', 'أبها', 'تبوك', 'حائل'];
const CATEGORIES = ['أيتام', 'أرامل', 'مطلقات', 'أسر محتاجة', 'ذوو إعاقة', 'كبار السن'];
const WORDS = ['زيارة', 'ميدانية', 'طلب', 'مساعدة', 'إيجار', 'فاتورة', 'كهرباء', 'علاج', 'دراسة', 'حالة', 'متابعة', 'تحديث', 'بيانات', 'الأسرة', 'الدخل', 'الشهري'];

export const QUERY_PREFIX = 'محمد عبدالله';

export function makeDocs(count: number, seed = 42): BenchBeneficiary[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const deskId = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  return Array.from({ length: count }, (_, i) => {
    const fullName = `${pick(FIRST)} ${pick(FIRST)} ${pick(FIRST)} ${pick(FAMILY)}`;
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    return {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-b${hex(3)}-${hex(12)}`,
      fileNo: `KD1-2025-${String(i + 1).padStart(5, '0')}`,
      fullName,
      nameKey: fullName.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه'),
      nationalIdHash: hex(64),
      mobileHash: hex(64),
      birthDate: `19${50 + Math.floor(rnd() * 50)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      gender: rnd() < 0.5 ? 'male' : 'female',
      city: pick(CITIES),
      district: `حي ${pick(FAMILY).slice(2)}`,
      address: `${pick(CITIES)}، ${words(8)}، شارع ${Math.floor(rnd() * 400)}`,
      householdSize: 1 + Math.floor(rnd() * 12),
      monthlyIncome: Math.round(rnd() * 8000),
      status: pick(['active', 'pending', 'closed'] as const),
      category: pick(CATEGORIES),
      notes: words(30),
      tags: [pick(WORDS), pick(WORDS)],
      createdAt: at,
      updatedAt: at,
      updatedBy: deskId,
      deskId,
    };
  });
}
