import { describe, expect, it } from 'vitest';
import { conflictMigrationStrategies } from '@shared/db/schemas/conflict.schema';
import { conflictSidesFor } from '@shared/sync/conflict-values';

const record = { mineDeskId: 'desk-b', theirsDeskId: 'desk-a' };

describe('a conflict record read on any desk', () => {
  it('the desk that recorded it owns "mine"; the desk that wrote the server value owns "theirs"', () => {
    expect(conflictSidesFor(record, 'desk-b')).toEqual({ own: 'mine', other: 'theirs', here: 'recorded' });
    expect(conflictSidesFor(record, 'desk-a')).toEqual({ own: 'theirs', other: 'mine', here: 'wrote-server-value' });
  });

  it('a third desk owns neither value: it is offered the value in the file first', () => {
    expect(conflictSidesFor(record, 'desk-c')).toEqual({ own: 'theirs', other: 'mine', here: 'neither' });
  });

  it('version 0 records take the recording desk from deskId; the server value\'s desk is unknown', () => {
    const v0 = { id: 'c1', mine: '"x"', theirs: '"y"', deskId: 'desk-b', updatedBy: 'sync' };
    expect(conflictMigrationStrategies[1](v0)).toEqual({ ...v0, mineDeskId: 'desk-b', theirsDeskId: '' });
  });
});
