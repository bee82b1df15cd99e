import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../server/db/database';
import { DUPLICATE_RULES, recordPossibleDuplicates } from '../../server/sync/duplicates';
import { ERASED_NATIONAL_ID } from '../../shared/data-rights/erased-values';

/**
 * A push holds its collection's lock while it records possible duplicates; one statement per
 * document there serialized every desk's push behind it (bench sync, 50 desks: pushes queued for
 * seconds). The lookup is one statement per rule, whatever the batch size.
 */
describe('recording possible duplicates', () => {
  it('sends one statement per rule for a whole batch, leaving out deleted, empty and erased values', async () => {
    const statements: { sql: string; params: readonly unknown[] }[] = [];
    const tx: Queryable = {
      async query(sql, params = []) {
        statements.push({ sql, params });
        return [];
      },
      async exec() {},
    };
    const docs = Array.from({ length: 10 }, (_, i) => ({ id: `b-${i}`, nationalId: `12000000${String(i).padStart(2, '0')}`, fileNumber: `KD1-2026-00000${i}`, _deleted: false }));
    docs.push({ id: 'b-gone', nationalId: '1999999999', fileNumber: 'KD1-2026-000099', _deleted: true }, { id: 'b-empty', nationalId: ' ', fileNumber: '', _deleted: false });
    // An erased file's placeholder ID (PDPL Art. 18) is nobody's duplicate: left out like a deleted one.
    docs.push({ id: 'b-erased', nationalId: ERASED_NATIONAL_ID, fileNumber: '', _deleted: false });

    await recordPossibleDuplicates(tx, 'beneficiaries', docs, 'id', DUPLICATE_RULES);

    expect(statements.map((s) => s.params[1])).toEqual(['nationalId', 'fileNumber']);
    expect(statements[0]?.params[2]).toEqual(docs.slice(0, 10).map((d) => d.id));
    expect(statements[0]?.params[3]).toEqual(docs.slice(0, 10).map((d) => d.nationalId));
    expect(statements[0]?.sql).toContain("(d.data ->> 'nationalId')");
  });

  it('sends nothing when no document has a value to compare', async () => {
    let count = 0;
    const tx: Queryable = { query: async () => { count += 1; return []; }, exec: async () => {} };
    await recordPossibleDuplicates(tx, 'beneficiaries', [{ id: 'x', nationalId: '', _deleted: false }], 'id', DUPLICATE_RULES);
    expect(count).toBe(0);
  });
});
