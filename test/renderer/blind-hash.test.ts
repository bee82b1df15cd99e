import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBlindHasher } from '../../renderer/src/db/blind-hash';

const KEY = '3a'.repeat(32);
const reference = (text: string) => createHmac('sha256', Buffer.from(KEY, 'hex')).update(text, 'utf8').digest('hex');

describe('blind hasher', () => {
  it('is HMAC-SHA-256 under the key with a prefix per kind, the same on every call (the keyed state is cloned, never reused)', () => {
    const hasher = createBlindHasher(KEY);
    const ids = ['1000000001', '2000000003', '1000000001'];
    expect(ids.map((id) => hasher.nationalId(id))).toEqual(ids.map((id) => reference(`id:${id}`)));
    expect(hasher.mobile('+966551230001')).toBe(reference('m:+966551230001'));
    expect(hasher.mobile('1000000001')).not.toBe(hasher.nationalId('1000000001'));
    expect(hasher.keyCheck()).toBe(reference('wasl-key-check'));
  });
});
