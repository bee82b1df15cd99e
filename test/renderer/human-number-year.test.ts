/**
 * Every human number a desk issues takes the year in Riyadh: at 2026-12-31T21:30Z (1 January 2027,
 * 00:30 in Riyadh) the file, request and declaration made on a real desk database all carry 2027.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nextFileNumber } from '../../renderer/src/features/beneficiaries/data/next-file-number';
import { createDeclaration } from '../../renderer/src/features/declaration/data';
import { awaitingSignature, declarationDeps } from './declaration-fixtures';
import { DESK, openIntakeDesk, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('human numbers at the turn of the year in Riyadh', () => {
  it('file, request and declaration numbers made at 00:30 on 1 January in Riyadh carry the new year', async () => {
    desk = await openIntakeDesk(new Date('2026-12-31T21:30:00.000Z'));
    expect(await nextFileNumber(desk.db, DESK.deskCode, desk.clock.at.getTime())).toBe('KD1-2027-000001');
    const requestId = await awaitingSignature(desk);
    const request = await desk.db.requests.findOne(requestId).exec();
    expect(request?.requestNumber).toBe('KD1-R2027-000001');
    const created = await createDeclaration(declarationDeps(desk), requestId);
    expect(created.ok && created.value.declarationNumber).toBe('KD1-D2027-000001');
  });
});
