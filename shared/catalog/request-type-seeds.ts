/**
 * The seven request types a new desk starts with (policy 3.2e/3.3b), each at version 1 with its
 * eligibility criteria and its checklist. Requirement ids are stable keys: a request's checklist is keyed
 * by them, and they are shared between types where the paper is the same (a copy of the national ID).
 */
import type { Requirement } from '../intake/request-type';

export interface RequestTypeSeed {
  readonly id: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly unitId: string;
  readonly eligibilityAr: string;
  readonly eligibilityEn: string;
  readonly requirements: readonly Requirement[];
}

const doc = (id: string, labelAr: string, labelEn: string, required = true): Requirement => ({ id, kind: 'document', labelAr, labelEn, required });
const field = (id: string, labelAr: string, labelEn: string, required = true): Requirement => ({ id, kind: 'field', labelAr, labelEn, required });

const NATIONAL_ID = doc('national-id-copy', 'صورة الهوية الوطنية أو الإقامة سارية المفعول', 'Copy of a valid national ID or residence permit');
const FAMILY_RECORD = doc('family-record', 'صورة سجل الأسرة', 'Copy of the family record');
const INCOME_PROOF = doc('income-proof', 'تعريف بالراتب أو مشهد من الضمان الاجتماعي', 'Salary certificate or social security statement');
const IBAN = doc('iban-certificate', 'شهادة رقم الحساب البنكي (الآيبان) باسم المستفيد', "IBAN certificate in the beneficiary's name");
const NATIONAL_ADDRESS = field('national-address', 'العنوان الوطني (الرمز المختصر)', 'National address (short code)');
const MONTHLY_INCOME = field('monthly-income', 'إجمالي دخل الأسرة الشهري بالريال', 'Total monthly family income (SAR)');

export const REQUEST_TYPE_SEEDS: readonly RequestTypeSeed[] = [
  {
    id: 'monthly-financial-aid',
    nameAr: 'مساعدة مالية شهرية',
    nameEn: 'Monthly financial aid',
    unitId: 'financial-aid',
    eligibilityAr: 'أن يكون المستفيد مسجلاً لدى الجمعية، وأن يقل دخل الأسرة الشهري للفرد عن حد الكفاية المعتمد.',
    eligibilityEn: "The beneficiary is registered with the association and the family's monthly income per person is below the approved sufficiency threshold.",
    requirements: [NATIONAL_ID, FAMILY_RECORD, INCOME_PROOF, IBAN, MONTHLY_INCOME, NATIONAL_ADDRESS],
  },
  {
    id: 'rent-assistance',
    nameAr: 'مساعدة في سداد الإيجار',
    nameEn: 'Rent assistance',
    unitId: 'housing-services',
    eligibilityAr: 'أسرة مستأجرة بعقد موثق في منصة إيجار، متأخرة في السداد أو عاجزة عنه، ولا تملك مسكناً.',
    eligibilityEn: 'A renting family with a lease documented on the Ejar platform, behind on or unable to pay the rent, and owning no home.',
    requirements: [
      NATIONAL_ID,
      FAMILY_RECORD,
      doc('lease-contract', 'عقد الإيجار الموثق من منصة إيجار', 'Lease contract documented on the Ejar platform'),
      doc('rent-claim', 'مطالبة المؤجر أو إشعار السداد المتأخر', "The landlord's claim or the overdue payment notice"),
      INCOME_PROOF,
      field('monthly-rent', 'قيمة الإيجار الشهري بالريال', 'Monthly rent (SAR)'),
    ],
  },
  {
    id: 'food-basket',
    nameAr: 'سلة غذائية',
    nameEn: 'Food basket',
    unitId: 'social-research',
    eligibilityAr: 'أسرة مسجلة لدى الجمعية يقل دخلها عن حد الكفاية، بحد أقصى سلة واحدة شهرياً.',
    eligibilityEn: 'A registered family whose income is below the sufficiency threshold; at most one basket a month.',
    requirements: [NATIONAL_ID, FAMILY_RECORD, field('family-members-count', 'عدد أفراد الأسرة المقيمين', 'Number of family members living together'), NATIONAL_ADDRESS],
  },
  {
    id: 'medical-assistance',
    nameAr: 'مساعدة علاجية',
    nameEn: 'Medical assistance',
    unitId: 'health-services',
    eligibilityAr: 'حالة مرضية موثقة بتقرير طبي حديث، وعلاج أو جهاز غير مغطى بالتأمين أو بالجهات الحكومية.',
    eligibilityEn: 'A medical condition documented by a recent medical report, and treatment or equipment not covered by insurance or government bodies.',
    requirements: [
      NATIONAL_ID,
      doc('medical-report', 'تقرير طبي حديث لا يتجاوز ثلاثة أشهر', 'Medical report no older than three months'),
      doc('price-quote', 'عرض سعر من جهة علاجية معتمدة', 'Price quote from an accredited provider'),
      doc('insurance-statement', 'إفادة بعدم التغطية التأمينية (إن وجد تأمين)', 'Statement of no insurance cover (if insured)', false),
      INCOME_PROOF,
    ],
  },
  {
    id: 'educational-support',
    nameAr: 'دعم تعليمي',
    nameEn: 'Educational support',
    unitId: 'education-services',
    eligibilityAr: 'طالب أو طالبة من أسرة مستفيدة، مقيد في مرحلة دراسية للعام الحالي.',
    eligibilityEn: 'A student from a beneficiary family, enrolled in a course of study for the current year.',
    requirements: [
      NATIONAL_ID,
      FAMILY_RECORD,
      doc('enrolment-certificate', 'مشهد قيد دراسي للعام الحالي', 'Enrolment certificate for the current year'),
      doc('fees-invoice', 'فاتورة الرسوم أو قائمة الاحتياجات الدراسية', 'Fees invoice or list of school needs'),
      field('student-name', 'اسم الطالب أو الطالبة', "Student's name"),
    ],
  },
  {
    id: 'household-appliances',
    nameAr: 'أجهزة منزلية وأثاث',
    nameEn: 'Household appliances and furniture',
    unitId: 'social-research',
    eligibilityAr: 'أسرة مستفيدة يثبت البحث الاجتماعي حاجتها إلى أجهزة أو أثاث أساسي.',
    eligibilityEn: 'A beneficiary family whose need for basic appliances or furniture is confirmed by the social research.',
    requirements: [
      NATIONAL_ID,
      FAMILY_RECORD,
      field('items-needed', 'الأجهزة أو قطع الأثاث المطلوبة', 'Appliances or furniture needed'),
      NATIONAL_ADDRESS,
      doc('home-photos', 'صور للمسكن توضح الحاجة', 'Photos of the home showing the need', false),
    ],
  },
  {
    id: 'orphan-sponsorship',
    nameAr: 'كفالة يتيم',
    nameEn: 'Orphan sponsorship',
    unitId: 'sponsorship',
    eligibilityAr: 'يتيم الأب دون الثامنة عشرة من العمر، تحت ولاية أو حضانة مقدم الطلب.',
    eligibilityEn: "A fatherless child under eighteen, in the applicant's guardianship or custody.",
    requirements: [
      NATIONAL_ID,
      FAMILY_RECORD,
      doc('death-certificate', 'شهادة وفاة الأب', "The father's death certificate"),
      doc('guardianship-deed', 'صك الولاية أو الحضانة', 'Guardianship or custody deed'),
      doc('orphan-birth-certificate', 'شهادة ميلاد اليتيم', "The orphan's birth certificate"),
      IBAN,
    ],
  },
];
