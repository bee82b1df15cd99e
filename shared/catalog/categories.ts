/**
 * Seed beneficiary categories. The `catalog` collection holds the desk's editable copy
 * (kind 'beneficiary-category'); a beneficiary stores the `key`, which never changes, so
 * relabelling a category does not touch any file.
 */
import { CATALOG_KEY_PATTERN } from './units';

export interface CategorySeed {
  readonly key: string;
  readonly labelAr: string;
  readonly labelEn: string;
}

export const BENEFICIARY_CATEGORIES: readonly CategorySeed[] = [
  { key: 'widows', labelAr: 'الأرامل', labelEn: 'Widows' },
  { key: 'orphans-families', labelAr: 'أسر الأيتام', labelEn: "Orphans' families" },
  { key: 'elderly', labelAr: 'كبار السن', labelEn: 'Elderly' },
  { key: 'disabilities', labelAr: 'ذوو الإعاقة', labelEn: 'People with disabilities' },
  { key: 'low-income-families', labelAr: 'الأسر ذات الدخل المحدود', labelEn: 'Low-income families' },
  { key: 'divorced-women', labelAr: 'المطلقات', labelEn: 'Divorced women' },
  { key: 'prisoners-families', labelAr: 'أسر السجناء', labelEn: "Prisoners' families" },
];

export const CATEGORY_KEY_PATTERN = CATALOG_KEY_PATTERN;
