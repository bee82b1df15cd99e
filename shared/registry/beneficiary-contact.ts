/**
 * The contact part of the beneficiary form: mobile rows and the agreed channel with its
 * address, whose form depends on the sub-channel (mobile, e-mail, postal text or none).
 */
import { findSubChannel, type Channel } from '../catalog/channels';
import { BENEFICIARY_LIMITS, type PreferredChannel } from '../db/schemas/beneficiary.schema';
import type { FieldErrors } from './beneficiary-input';
import { checkText, normalizeEmail } from './beneficiary-fields';
import { normalizeSaudiMobile } from './mobile';
import { cleanTextInput, stripInvisible } from './text-normalize';

export const MAX_MOBILES = BENEFICIARY_LIMITS.mobiles;
export const ADDRESS_MAX_LENGTH = BENEFICIARY_LIMITS.address;

/** Normalized, de-duplicated mobiles; an error at `mobiles.<row>` for each bad row. */
export function normalizeMobiles(rows: readonly string[], errors: FieldErrors): string[] {
  const mobiles: string[] = [];
  rows.forEach((row, i) => {
    if (stripInvisible(row).trim() === '') return;
    const result = normalizeSaudiMobile(row);
    if (!result.ok) errors[`mobiles.${i}`] ??= result.error;
    else if (!mobiles.includes(result.value)) mobiles.push(result.value);
  });
  if (mobiles.length > MAX_MOBILES) errors['mobiles'] ??= 'mobile.too-many';
  return mobiles;
}

export function checkChannel(
  input: { channel: string; subChannel: string; address: string },
  mobiles: readonly string[],
  channels: readonly Channel[],
  errors: FieldErrors,
): PreferredChannel {
  const channel = stripInvisible(input.channel).trim();
  const subChannel = stripInvisible(input.subChannel).trim();
  const empty = { channel, subChannel, address: '' };
  if (channel === '' || subChannel === '') {
    errors['preferredChannel'] ??= 'channel.required';
    return empty;
  }
  const sub = findSubChannel(channel, subChannel, channels);
  if (sub === null) {
    errors['preferredChannel'] ??= 'channel.unknown';
    return empty;
  }
  const typed = cleanTextInput(input.address);
  const fail = (code: string): PreferredChannel => {
    errors['preferredChannel.address'] ??= code;
    return empty;
  };
  switch (sub.addressKind) {
    case 'none':
      return empty;
    case 'mobile': {
      if (typed === '') return mobiles[0] ? { ...empty, address: mobiles[0] } : fail('channel.address-required');
      const mobile = normalizeSaudiMobile(typed);
      return mobile.ok ? { ...empty, address: mobile.value } : fail(mobile.error);
    }
    case 'email': {
      if (typed === '') return fail('channel.address-required');
      const email = normalizeEmail(typed);
      return email.ok ? { ...empty, address: email.value } : fail(email.error);
    }
    case 'postal': {
      const postal = checkText(input.address, ADDRESS_MAX_LENGTH, { required: 'channel.address-required', tooLong: 'channel.address-too-long' }, true);
      return postal.ok ? { ...empty, address: postal.value } : fail(postal.error);
    }
  }
}
