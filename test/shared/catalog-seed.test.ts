import { describe, expect, it } from 'vitest';
import { BENEFICIARY_CATEGORIES, CATEGORY_KEY_PATTERN } from '../../shared/catalog/categories';
import { CHANNELS, findSubChannel } from '../../shared/catalog/channels';
import { catalogSeed } from '../../shared/catalog/seed';

describe('channel catalog (policy 3.1)', () => {
  it('has the eight policy channels in order, with their sub-channels and address kinds', () => {
    expect(CHANNELS.map((c) => c.key)).toEqual(['in-person', 'letters', 'social-networks', 'phone', 'fax', 'website-email', 'volunteering', 'other']);
    const subs = Object.fromEntries(CHANNELS.map((c) => [c.key, c.subChannels.map((s) => `${s.key}:${s.addressKind}`)]));
    expect(subs).toEqual({
      'in-person': ['interview:none'],
      letters: ['letter:postal'],
      'social-networks': ['x:mobile', 'instagram:mobile', 'snapchat:mobile'],
      phone: ['voice-call:mobile', 'sms:mobile', 'whatsapp:mobile'],
      fax: ['fax:postal'],
      'website-email': ['email:email', 'web-form:email'],
      volunteering: ['volunteering:none'],
      other: ['other:postal'],
    });
    for (const entry of [...CHANNELS, ...CHANNELS.flatMap((c) => c.subChannels)]) {
      expect(entry.labelAr).toMatch(/\p{Script=Arabic}/u);
      expect(entry.labelEn).toMatch(/^[A-Z]/);
    }
  });

  it('finds a sub-channel only under its own channel', () => {
    expect(findSubChannel('phone', 'whatsapp')?.addressKind).toBe('mobile');
    expect(findSubChannel('website-email', 'whatsapp')).toBeNull();
    expect(findSubChannel('pigeon', 'x')).toBeNull();
  });
});

describe('catalog seed', () => {
  it('holds the seven categories and eight channels with unique, deterministic ids', () => {
    expect(BENEFICIARY_CATEGORIES.map((c) => c.key)).toEqual(['widows', 'orphans-families', 'elderly', 'disabilities', 'low-income-families', 'divorced-women', 'prisoners-families']);
    for (const c of BENEFICIARY_CATEGORIES) expect(c.key).toMatch(CATEGORY_KEY_PATTERN);
    const seed = catalogSeed();
    const count = (kind: string) => seed.filter((e) => e.kind === kind).length;
    expect([count('beneficiary-category'), count('channel'), count('unit'), count('request-type'), count('holiday')]).toEqual([7, 8, 7, 7, 16]);
    expect(new Set(seed.map((e) => e.id)).size).toBe(seed.length);
    expect(catalogSeed()).toEqual(seed);
    expect(seed.find((e) => e.id === 'chn:phone')?.data).toEqual({ subChannels: expect.arrayContaining([expect.objectContaining({ key: 'sms' })]) });
    for (const e of seed) expect(e.id.length).toBeLessThanOrEqual(36);
  });
});
