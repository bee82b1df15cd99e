/** The canonical form, its hash, the declaration number and the codes printed on the paper. */
import { describe, expect, test } from 'vitest';
import { canonicalDeclarationBytes, canonicalJson, declarationHash, type DeclarationContent } from '@shared/declaration/canonical';
import { formatHumanNumber, nextHumanSequence, parseHumanNumber, type HumanNumberParts } from '@shared/numbers/human-number';
import { codeMatches, parseVerificationInput, qrPayload, shortCode } from '@shared/declaration/verification-code';
import { digest } from '../fixtures/declaration/crypto';
import { sampleDoc, sampleSnapshot } from '../fixtures/declaration/samples';

const decoder = new TextDecoder();
const content = (): DeclarationContent => {
  const doc = sampleDoc(sampleSnapshot({ requirements: 3 }));
  return { ...doc, signature: { method: 'pad', imageSha256: 'ab'.repeat(32) } };
};
/** The same value with every object's keys inserted in reverse order. */
const reverseKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
};
const hashOf = async (value: DeclarationContent): Promise<string> => declarationHash(canonicalDeclarationBytes(value), digest);

describe('canonicalJson', () => {
  test('sorted keys, no whitespace, arrays in order, undefined members left out', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, 2], c: { z: true, y: null }, d: undefined })).toBe('{"a":[3,1,2],"b":1,"c":{"y":null,"z":true}}');
  });

  test('key order does not matter', () => {
    expect(canonicalJson({ x: 'س', y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 'س' }));
  });

  test('strings are NFC: marks typed in another order or decomposed give the same bytes', () => {
    // shadda + fatha vs fatha + shadda (canonical reordering), and é decomposed vs composed.
    expect(canonicalJson({ name: 'مُحَمَّد' })).toBe(canonicalJson({ name: 'مُحَمَّد' }));
    expect(canonicalJson({ name: 'Jose\u0301' })).toBe(canonicalJson({ name: 'Jos\u00e9' }));
  });

  test('refuses what has no single spelling', () => {
    expect(() => canonicalJson({ n: 1.5 })).toThrow(RangeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe('declarationHash', () => {
  test('is the SHA-256 of the canonical bytes, stable across key order', async () => {
    const a = content();
    const shuffled = reverseKeys(a) as DeclarationContent;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(a)[0]);
    expect(await hashOf(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf(shuffled)).toBe(await hashOf(a));
    expect(decoder.decode(canonicalDeclarationBytes(a))).toMatch(/^\{"beneficiaryId":/);
  });

  test('changes when any field changes', async () => {
    const base = await hashOf(content());
    const changes: Array<(c: DeclarationContent) => void> = [
      (c) => (c.snapshot.beneficiary.fullName += ' '),
      (c) => (c.snapshot.beneficiary.name.first = 'محمد'), // tashkeel dropped
      (c) => (c.snapshot.beneficiary.nationalId = '1012345679'),
      (c) => c.snapshot.beneficiary.mobiles.reverse(),
      (c) => (c.snapshot.beneficiary.familyCount = 7),
      (c) => (c.snapshot.request.requirements = c.snapshot.request.requirements.slice(1)),
      (c) => (c.snapshot.channel.address = '+966500000000'),
      (c) => (c.snapshot.due.date = '2026-03-16'),
      (c) => (c.snapshot.declaredAt.instant = '2026-02-18T11:05:01.000Z'),
      (c) => (c.signature.imageSha256 = 'cd'.repeat(32)),
      (c) => (c.signature.method = 'paper-scan'),
      (c) => (c.declarationNumber = 'RYD1-D2026-000002'),
      (c) => (c.version = 2),
      (c) => (c.id = 'another'),
    ];
    const hashes = new Set<string>([base]);
    for (const change of changes) {
      const changed = content();
      change(changed);
      hashes.add(await hashOf(changed));
    }
    expect(hashes.size).toBe(changes.length + 1);
  });

  test('paper: the image hash is not part of the printed hash (the paper is printed before the scan exists)', async () => {
    const paper = content();
    paper.signature = { method: 'paper-scan', imageSha256: null };
    const withScan = { ...paper, signature: { method: 'paper-scan' as const, imageSha256: 'ef'.repeat(32) } };
    expect(await hashOf(withScan)).toBe(await hashOf(paper));
  });
});

// Declaration numbers are the 'D' kind of the human numbers.
const formatDeclarationNumber = (parts: HumanNumberParts) => formatHumanNumber('declaration', parts);
const parseDeclarationNumber = (input: string) => parseHumanNumber('declaration', input);
const nextDeclarationSequence = (seen: Iterable<string>, deskCode: string, year: number) => nextHumanSequence('declaration', seen, deskCode, year);

describe('declaration numbers', () => {
  test('format, parse forgivingly, next sequence per desk and year', () => {
    expect(formatDeclarationNumber({ deskCode: 'RYD1', year: 2026, sequence: 1 })).toBe('RYD1-D2026-000001');
    expect(parseDeclarationNumber(' ryd1 – d٢٠٢٦ - ٠٠٠٠١٢ ')).toEqual({ deskCode: 'RYD1', year: 2026, sequence: 12 });
    expect(parseDeclarationNumber('RYD1-2026-000001')).toBeNull();
    expect(nextDeclarationSequence(['RYD1-D2026-000007', 'RYD1-D2025-000099', 'JED2-D2026-000050', 'junk'], 'RYD1', 2026)).toBe(8);
    expect(nextDeclarationSequence([], 'RYD1', 2026)).toBe(1);
    expect(() => formatDeclarationNumber({ deskCode: 'ryd1', year: 2026, sequence: 1 })).toThrow(RangeError);
  });
});

describe('verification codes', () => {
  const hash = '3fa2b9c01d4e'.padEnd(64, '7');
  const id = '0b7e4c1a-93f2-4d1e-9a57-3c2f8d6e1b40';

  test('short code: number + first 12 hex of the hash', () => {
    expect(shortCode('RYD1-D2026-000001', hash)).toBe('RYD1-D2026-000001-3fa2b9c01d4e');
  });

  test('QR payload is alphanumeric-mode text and parses back to the id and the full hash', () => {
    const payload = qrPayload(id, hash);
    expect(payload).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(payload).toBe(`WASL-DECL:1:${id.toUpperCase()}:${hash.toUpperCase()}`);
    expect(parseVerificationInput(`${payload}\n`)).toEqual({ ok: true, value: { kind: 'qr', id, hash } });
  });

  test('a typed short code is forgiven its case, digits, dashes and spaces', () => {
    const expected = { ok: true, value: { kind: 'short-code', declarationNumber: 'RYD1-D2026-000001', hashPrefix: '3fa2b9c01d4e' } };
    expect(parseVerificationInput('RYD1-D2026-000001-3fa2b9c01d4e')).toEqual(expected);
    expect(parseVerificationInput(' ryd1 – d٢٠٢٦-000001 - 3FA2B9C01D4E\u200f')).toEqual(expected);
  });

  test('refuses what is not a code', () => {
    expect(parseVerificationInput('  ')).toEqual({ ok: false, error: 'verification.empty' });
    expect(parseVerificationInput('RYD1-D2026-000001')).toEqual({ ok: false, error: 'verification.format' });
    expect(parseVerificationInput('RYD1-D2026-000001-3fa2b9c01d4')).toEqual({ ok: false, error: 'verification.format' });
    expect(parseVerificationInput(`WASL-DECL:1:${id}:${hash.slice(1)}`)).toEqual({ ok: false, error: 'verification.format' });
    expect(parseVerificationInput(`WASL-DECL:2:${id}:${hash}`)).toEqual({ ok: false, error: 'verification.qr-version' });
  });

  test('codeMatches compares the code with the stored record', () => {
    const doc = { id, declarationNumber: 'RYD1-D2026-000001', hash };
    const typed = parseVerificationInput(shortCode(doc.declarationNumber, hash));
    const scanned = parseVerificationInput(qrPayload(id, hash));
    if (!typed.ok || !scanned.ok) throw new Error('codes should parse');
    expect(codeMatches(doc, typed.value)).toBe(true);
    expect(codeMatches(doc, scanned.value)).toBe(true);
    expect(codeMatches({ ...doc, hash: hash.replace(/^3/, '4') }, typed.value)).toBe(false);
    expect(codeMatches({ ...doc, id: 'other' }, scanned.value)).toBe(false);
  });
});
