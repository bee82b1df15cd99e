import { describe, expect, it } from 'vitest';
import { projectDuplicateCheck } from '../../shared/accounts/pull-filters';
import { anonymiseBeneficiary } from '../../shared/data-rights/anonymise-file';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { beneficiary } from './data-rights-fixtures';
import { isCompleteFile, isHeldCopy } from '../../shared/registry/held-copy';
import type { SyncDocument } from '../../shared/sync/protocol';

/** A synthetic complete file (imported, as the fixture's is), as a desk stores it: RxDB's bookkeeping included. */
const FILE = { ...beneficiary('b-1'), _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };

describe('a duplicate-check copy, told apart by its fields (never pushed, purged from the desk)', () => {
  it('is what an earlier server sent of a file, and the bare tombstone the purge leaves', () => {
    expect(isHeldCopy('beneficiaries', projectDuplicateCheck(FILE as unknown as SyncDocument))).toBe(true);
    expect(isHeldCopy('beneficiaries', { id: 'b-1', _deleted: true, _rev: '2-b', _meta: { lwt: 2 }, _attachments: {} })).toBe(true);
  });

  it('is never a real file: complete, anonymised by an erasure, merged, imported, or lacking a required field', () => {
    expect(isHeldCopy('beneficiaries', FILE)).toBe(false);
    expect(isHeldCopy('beneficiaries', anonymiseBeneficiary(FILE as unknown as BeneficiaryDoc))).toBe(false);
    expect(isHeldCopy('beneficiaries', { ...FILE, mergedInto: 'b-2' })).toBe(false);
    const { importSource: _i, ...registeredHere } = FILE;
    expect(isHeldCopy('beneficiaries', registeredHere)).toBe(false);
    const { consent: _c, preferredChannel: _p, noMobileReason: _n, ...incomplete } = FILE;
    expect(isCompleteFile(incomplete)).toBe(false);
    expect(isHeldCopy('beneficiaries', incomplete)).toBe(false);
    expect(isHeldCopy('beneficiaries', { ...FILE, _deleted: true })).toBe(false);
  });

  it('is a beneficiaries document only', () => {
    expect(isHeldCopy('requests', { id: 'r-1', updatedAt: '2026-03-10T07:00:00.000Z' })).toBe(false);
  });
});
