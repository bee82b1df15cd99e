/**
 * Synthetic beneficiaries with a realistic Saudi name distribution: a few first names
 * (محمد, عبدالله, عبدالرحمن, فهد, ...) dominate, as they do in real registries. Seeded PRNG, so
 * every run indexes the same files. IDs are synthetic (completeNationalId), never real.
 */
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { completeNationalId } from '../../shared/registry/national-id';
import { formatHumanNumber } from '../../shared/numbers/human-number';
import { prng } from '../lib/prng';

type Weighted = readonly (readonly [string, number])[];

const MALE: Weighted = [
  ['محمد', 160], ['عبدالله', 90], ['عبدالرحمن', 55], ['فهد', 45], ['عبدالعزيز', 40], ['خالد', 38], ['سعد', 30],
  ['أحمد', 30], ['سلطان', 22], ['فيصل', 22], ['ناصر', 20], ['تركي', 20], ['سعود', 18], ['إبراهيم', 18], ['علي', 18],
  ['عبدالمجيد', 10], ['ماجد', 12], ['بندر', 12], ['مشعل', 10], ['يوسف', 12], ['عمر', 12], ['نايف', 10], ['حمد', 10],
  ['صالح', 12], ['عبدالإله', 6], ['منصور', 8], ['راشد', 8], ['ياسر', 8], ['وليد', 8], ['مساعد', 6], ['بدر', 8],
];
const FEMALE: Weighted = [
  ['نورة', 60], ['فاطمة', 50], ['سارة', 45], ['مريم', 30], ['منيرة', 25], ['هيا', 20], ['ريم', 22], ['نوف', 20],
  ['عائشة', 20], ['حصة', 15], ['لطيفة', 15], ['الجوهرة', 12], ['أمل', 12], ['هند', 12], ['مها', 12], ['العنود', 10],
  ['شهد', 10], ['رهف', 8], ['جواهر', 8], ['خلود', 8],
];
const FAMILY: Weighted = [
  ['القحطاني', 40], ['الغامدي', 35], ['العتيبي', 35], ['الشهري', 30], ['الدوسري', 30], ['الزهراني', 28], ['الحربي', 28],
  ['المطيري', 26], ['الشمري', 26], ['العنزي', 24], ['السبيعي', 15], ['المالكي', 15], ['الرشيدي', 12], ['الخالدي', 12],
  ['آل سعود', 3], ['البقمي', 8], ['الجهني', 10], ['السهلي', 8], ['العمري', 12], ['الأحمدي', 8], ['التميمي', 12],
  ['السديري', 5], ['الفيفي', 5], ['عسيري', 10], ['الشهراني', 12], ['البلوي', 8], ['اليامي', 8], ['الهاجري', 10],
];
const CITIES = ['الرياض', 'جدة', 'مكة المكرمة', 'الدمام', 'أبها', 'تبوك'];

function picker(list: Weighted, random: () => number): () => string {
  const total = list.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let r = random() * total;
    for (const [name, w] of list) if ((r -= w) < 0) return name;
    return list[0]?.[0] ?? '';
  };
}

export function generateDocs(count: number, seed = 7): BeneficiaryDoc[] {
  const random = prng(seed);
  const male = picker(MALE, random);
  const female = picker(FEMALE, random);
  const family = picker(FAMILY, random);
  const at = '2026-03-10T07:00:00.000Z';
  const docs: BeneficiaryDoc[] = [];
  for (let i = 0; i < count; i++) {
    const isFemale = random() < 0.45;
    const name = { first: isFemale ? female() : male(), father: male(), grandfather: male(), family: family() };
    const year = 1940 + Math.floor(random() * 65);
    const birthDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    docs.push({
      id,
      fileNumber: formatHumanNumber('file', { deskCode: i % 3 === 0 ? 'JED2' : 'RYD1', year: 2026, sequence: i + 1 }),
      name,
      fullName: `${name.first} ${name.father} ${name.grandfather} ${name.family}`,
      nationalId: completeNationalId(String((random() < 0.8 ? 100000000 : 200000000) + i)),
      idKind: 'citizen',
      birthDate,
      gender: isFemale ? 'female' : 'male',
      nationality: 'SA',
      maritalStatus: 'married',
      familyCount: 1 + Math.floor(random() * 8),
      familyMembers: [],
      categoryKey: 'low-income-families',
      city: CITIES[Math.floor(random() * CITIES.length)] ?? 'الرياض',
      district: 'حي النسيم',
      address: 'شارع الملك فهد، مبنى ١٢',
      mobiles: [`+9665${String(Math.floor(random() * 1e8)).padStart(8, '0')}`],
      noMobileReason: '',
      preferredChannel: { channel: 'phone', subChannel: 'sms', address: '' },
      consent: { purpose: 'تقديم الخدمات', givenAt: at, takenBy: 'bench' },
      notes: '',
      duplicateAcknowledgments: [],
      createdAt: at,
      createdBy: 'bench',
      updatedAt: at,
      updatedBy: 'bench',
      deskId: 'bench',
    });
  }
  return docs;
}
