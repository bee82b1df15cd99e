import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import { createCollectionRegistry } from '../../server/sync/collection-registry';
import { DUPLICATE_RULES } from '../../server/sync/duplicates';

// The server validates with the very schemas the desks hand to RxDB (RxDB keywords included).
describe('server-side schema validation', () => {
  const registry = createCollectionRegistry(COLLECTIONS);

  it('compiles every collection of the desks, RxDB keywords (indexes, encrypted) included', () => {
    expect(registry.names().sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('accepts a valid document and names the first problem of an invalid one', () => {
    const audit = registry.get('audit');
    const entry = {
      id: 'a1', at: '2026-01-01T08:00:00.000Z', actorId: '', action: 'desk.setup', entity: 'desk', entityId: 'd1',
      fields: [], updatedAt: '2026-01-01T08:00:00.000Z', updatedBy: '', deskId: 'd1',
    };
    expect(audit?.validate(entry)).toBeNull();
    expect(audit?.validate({ ...entry, fields: 'all' })).toMatch(/fields/);
    expect(audit?.validate({ ...entry, extra: 1 })).toMatch(/additional/);
    expect(registry.get('nothing')).toBeUndefined();
  });

  it('keeps its duplicate rules on fields the collection schemas have', () => {
    for (const rule of DUPLICATE_RULES) {
      const schema = (COLLECTIONS as Record<string, { schema: { properties: Record<string, unknown> } }>)[rule.collection]?.schema;
      if (!schema) continue; // The collection has not landed yet.
      expect(Object.keys(schema.properties)).toContain(rule.field);
    }
  });
});
