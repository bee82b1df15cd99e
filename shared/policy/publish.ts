/**
 * Publishing a version (Art. 4): an admin gives the text (new document or new version of one) and
 * says whether it is a material change. Pure: the caller passes the versions it holds, the clock
 * and the author, and writes the result as one catalog entry (policy-catalog.ts).
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import { isRole, type Role } from '../staff/roles';
import { policyHash } from './policy-hash';
import { POLICY_LIMITS, type PolicyVersion } from './policy-version';

export type PublishInput = {
  documentKey: string;
  titleAr: string;
  titleEn: string;
  textAr: string;
  textEn: string;
  roles: readonly string[];
  material: boolean;
};

export type PublishField = 'documentKey' | 'titleAr' | 'titleEn' | 'textAr' | 'textEn' | 'roles' | 'material';
export type PublishErrorCode = 'required' | 'too-long' | 'bad-key' | 'bad-role' | 'unchanged' | 'too-many-versions';
export type PublishErrors = FieldErrors<PublishField, PublishErrorCode>;

const KEY = /^[a-z0-9][a-z0-9-]*$/;

function fieldErrors(input: PublishInput): PublishErrors {
  const errors: PublishErrors = {};
  if (!KEY.test(input.documentKey) || input.documentKey.length > POLICY_LIMITS.key) errors.documentKey = 'bad-key';
  for (const field of ['titleAr', 'titleEn'] as const) {
    const value = input[field].trim();
    if (value === '') errors[field] = 'required';
    else if (value.length > POLICY_LIMITS.title) errors[field] = 'too-long';
  }
  for (const field of ['textAr', 'textEn'] as const) {
    const value = input[field].trim();
    if (value === '') errors[field] = 'required';
    else if (value.length > POLICY_LIMITS.text) errors[field] = 'too-long';
  }
  if (!input.roles.every(isRole)) errors.roles = 'bad-role';
  return errors;
}

/**
 * The next version of `input.documentKey` given the versions already published (of any document).
 * The first version of a document is always material (nobody has signed anything yet); a version
 * identical to the current one (same text, same roles) is refused: there is nothing to publish.
 */
export function publishVersion(existing: readonly PolicyVersion[], input: PublishInput, at: string, by: string): Result<PolicyVersion, PublishErrors> {
  const errors = fieldErrors(input);
  if (Object.keys(errors).length > 0) return err(errors);
  const previous = existing.filter((v) => v.documentKey === input.documentKey).sort((a, b) => b.version - a.version)[0];
  const content = { titleAr: input.titleAr.trim(), titleEn: input.titleEn.trim(), textAr: input.textAr, textEn: input.textEn };
  const hash = policyHash(content);
  const roles = [...new Set(input.roles)].filter(isRole).sort() as Role[];
  if (previous && previous.hash === hash && previous.roles.join() === roles.join()) return err({ textAr: 'unchanged' });
  const version = (previous?.version ?? 0) + 1;
  if (version > POLICY_LIMITS.version) return err({ documentKey: 'too-many-versions' });
  return ok({ documentKey: input.documentKey, version, ...content, roles, material: previous ? input.material : true, hash, publishedAt: at, publishedBy: by });
}
