/// <reference types="vite/client" />
/**
 * The association's policy as the app ships it (resources/policy, Art. 4): bundled into the
 * renderer so a fresh desk can show and publish it offline. The Arabic original is authoritative;
 * the English rendering is shown beside it. Nothing binds anyone until an admin publishes it.
 */
import textAr from '../../../../../resources/policy/beneficiary-relations-policy.ar.txt?raw';
import textEn from '../../../../../resources/policy/beneficiary-relations-policy.en.md?raw';
import { ASSOCIATION_POLICY_KEY, POLICY_LIMITS, type PublishInput } from '@shared/policy';

const firstLine = (text: string): string =>
  (text.split('\n').map((line) => line.replace(/^#+\s*/, '').trim()).find((line) => line !== '') ?? '').slice(0, POLICY_LIMITS.title);

export const BUNDLED_POLICY: PublishInput = {
  documentKey: ASSOCIATION_POLICY_KEY,
  titleAr: firstLine(textAr),
  titleEn: firstLine(textEn),
  textAr,
  textEn,
  roles: [],
  material: true,
};
