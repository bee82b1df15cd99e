import { describe, expect, it } from 'vitest';
import ar from '../../renderer/src/i18n/ar.json';
import en from '../../renderer/src/i18n/en.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as a dotted key with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const arKeys = leaves(ar);
const enKeys = leaves(en);
const STAFF_ERROR_CODES = [
  'desk-code.empty', 'desk-code.format', 'password.too-short', 'password.all-digits',
  'staff.name-required', 'staff.name-too-long', 'staff.username-format', 'staff.roles-required', 'staff.role-unknown',
];
const ROLE_KEYS = ['admin', 'receptionist', 'field-worker', 'follow-up-officer', 'liaison-officer', 'committee-member', 'manager'];

describe('UI translations', () => {
  it('ar and en have exactly the same keys', () => {
    expect([...arKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('no value is empty', () => {
    for (const [key, value] of [...arKeys, ...enKeys]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of arKeys) expect(vars(value), key).toEqual(vars(enKeys.get(key) ?? ''));
  });

  it('translates every shared/staff error code and role', () => {
    for (const code of STAFF_ERROR_CODES) expect(arKeys.has(`errors.${code}`), code).toBe(true);
    for (const role of ROLE_KEYS) expect(arKeys.has(`roles.${role}`), role).toBe(true);
  });

  it('Arabic values are in Arabic script (except language names and brand-neutral tokens)', () => {
    const arabic = /[\u0600-\u06FF]/;
    const exempt = new Set(['language.switchTo', 'language.en']);
    for (const [key, value] of arKeys) if (!exempt.has(key)) expect(arabic.test(value), key).toBe(true);
  });
});
