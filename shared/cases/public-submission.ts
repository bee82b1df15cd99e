/**
 * What the public complaint page accepts (policy 3.5a), as a pure check of the submitted text
 * fields: the same rules whatever serves the form. The free-text fields are kept verbatim (only
 * line endings are normalised): a page renders them escaped, a desk shows them as text. A national
 * ID or mobile is only *proposed* as a link to a file; the desk matches it and staff confirm.
 */
import { normalizeSaudiMobile } from '../registry/mobile';
import { validateNationalId } from '../registry/national-id';
import { normalizeEmail } from '../registry/beneficiary-fields';
import { stripInvisible } from '../registry/text-normalize';
import { err, ok, type FieldErrors, type Result } from '../result';
import type { CaseKind } from '../db/schemas/case.schema';
import type { PublicPageKey } from './public-page-text';

/** Every kind but 'dispute': a dispute follows a resolution the complainant did not accept (staff open it). */
export const PUBLIC_KINDS = ['complaint', 'inquiry', 'suggestion', 'technical-support'] as const satisfies readonly CaseKind[];
export type PublicKind = (typeof PUBLIC_KINDS)[number];

/** The contact ways offered on the page, each a sub-channel of the policy 3.1 catalog (shared/catalog/channels.ts). */
export const PUBLIC_CONTACT_CHANNELS = {
  'voice-call': { channel: 'phone', subChannel: 'voice-call', needs: 'mobile' },
  sms: { channel: 'phone', subChannel: 'sms', needs: 'mobile' },
  whatsapp: { channel: 'phone', subChannel: 'whatsapp', needs: 'mobile' },
  email: { channel: 'website-email', subChannel: 'email', needs: 'email' },
} as const;
export type PublicContactChannel = keyof typeof PUBLIC_CONTACT_CHANNELS;

export type PublicLimits = { description: number; name: number; email: number };

export type PublicField = 'kind' | 'description' | 'name' | 'mobile' | 'email' | 'nationalId' | 'channel';
export const PUBLIC_TEXT_FIELDS: readonly PublicField[] = ['kind', 'description', 'name', 'mobile', 'email', 'nationalId', 'channel'];

export type PublicSubmission = {
  kind: PublicKind;
  description: string;
  name: string;
  /** E.164 or '' */
  mobile: string;
  email: string;
  /** ten digits or '' */
  nationalId: string;
  contact: PublicContactChannel;
};

export type PublicFieldErrors = FieldErrors<PublicField, PublicPageKey>;

// NUL and unpaired surrogates: PostgreSQL cannot store them; other C0 controls but tab and newline.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const UNSAVABLE = /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isBlank = (text: string) => stripInvisible(text).trim() === '';
const isOneOf = <T extends string>(options: readonly T[], value: string): value is T => (options as readonly string[]).includes(value);

function freeText(value: string, max: number, required: boolean, errors: PublicFieldErrors, field: PublicField): string {
  const text = value.replace(/\r\n?/g, '\n');
  if (UNSAVABLE.test(text)) errors[field] = 'error.text';
  else if (required && isBlank(text)) errors[field] = 'error.required';
  else if (text.length > max) errors[field] = 'error.too-long';
  return isBlank(text) ? '' : text;
}

/** Checks every field at once, so the page shows all problems together. */
export function checkPublicSubmission(fields: Readonly<Record<string, string>>, limits: PublicLimits): Result<PublicSubmission, PublicFieldErrors> {
  const errors: PublicFieldErrors = {};
  const field = (name: string) => fields[name] ?? '';
  const kind = field('kind');
  if (!isOneOf(PUBLIC_KINDS, kind)) errors.kind = 'error.choice';
  const description = freeText(field('description'), limits.description, true, errors, 'description');
  const name = freeText(field('name'), limits.name, false, errors, 'name');

  let mobile = '';
  if (!isBlank(field('mobile'))) {
    const checked = normalizeSaudiMobile(field('mobile'));
    if (checked.ok) mobile = checked.value;
    else errors.mobile = 'error.mobile';
  }
  let email = '';
  if (!isBlank(field('email'))) {
    const checked = field('email').length > limits.email ? null : normalizeEmail(field('email'));
    if (checked?.ok) email = checked.value;
    else errors.email = 'error.email';
  }
  let nationalId = '';
  if (!isBlank(field('nationalId'))) {
    const checked = validateNationalId(field('nationalId'));
    if (checked.ok) nationalId = checked.value.value;
    else errors.nationalId = 'error.national-id';
  }

  const contact = field('channel');
  if (!isOneOf(Object.keys(PUBLIC_CONTACT_CHANNELS) as PublicContactChannel[], contact)) {
    errors.channel = 'error.choice';
  } else {
    // The loop is closed on the agreed channel (policy 3.5): it needs the address it reaches.
    const needs = PUBLIC_CONTACT_CHANNELS[contact].needs;
    if (needs === 'mobile' && mobile === '' && !errors.mobile) errors.mobile = 'error.channel-mobile';
    if (needs === 'email' && email === '' && !errors.email) errors.email = 'error.channel-email';
  }
  if (Object.keys(errors).length > 0) return err(errors);
  return ok({ kind: kind as PublicKind, description, name, mobile, email, nationalId, contact: contact as PublicContactChannel });
}
