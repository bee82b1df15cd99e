/**
 * Signing the declaration is a step of the request (policy 3.3d), on a real desk database: the
 * request reads 'signed', its history says who recorded it, when and which declaration, and the
 * reception's to-refer list holds it until it is referred. Pad and paper both count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { attachSignedScan, createDeclaration, printForPaper, signOnPad, type DeclarationDeps } from '../../renderer/src/features/declaration/data';
import { applyTransition, recordDeclarationSigned, watchRequest, watchToRefer } from '../../renderer/src/features/intake/data';
import { openIntakeDesk, pdfBytes, RECEPTIONIST, type IntakeDesk } from './intake-fixtures';
import { awaitingSignature, declarationDeps, TINY_PNG } from './declaration-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const ok = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

/** The declaration deps as the app composes them: signing records the request's step. */
function wired(open: IntakeDesk): DeclarationDeps {
  return { ...declarationDeps(open), onSigned: async (doc) => (await recordDeclarationSigned(open.deps(), doc.requestId)).ok };
}

const toReferIds = async (open: IntakeDesk) => (await firstValueFrom(watchToRefer(open.deps()))).rows.map((row) => row.request.id);

describe('signing the declaration moves the request', () => {
  it('on the pad: "signed", the signing in the history, in the to-refer list until referred', async () => {
    desk = await openIntakeDesk();
    const deps = wired(desk);
    const requestId = await awaitingSignature(desk);
    const draft = ok(await createDeclaration(deps, requestId));
    expect(await toReferIds(desk)).toEqual([]);

    desk.clock.at = new Date('2026-03-01T08:15:00.000Z');
    ok(await signOnPad(deps, draft.id, TINY_PNG));
    const signed = await firstValueFrom(watchRequest(desk.deps(), requestId));
    expect(signed).toMatchObject({ status: 'signed', declarationSigned: true });
    expect(signed?.history.at(-1)).toEqual({
      from: 'awaiting-signature', to: 'signed', by: RECEPTIONIST.id, at: '2026-03-01T08:15:00.000Z', declarationNumber: draft.declarationNumber,
    });
    expect(await toReferIds(desk)).toEqual([requestId]);

    ok(await applyTransition(desk.deps(), requestId, { to: 'referred' }));
    expect(await toReferIds(desk)).toEqual([]);
    // Recording again after the request moved on changes nothing.
    expect(ok(await recordDeclarationSigned(desk.deps(), requestId))).toBeNull();
  });

  it('on paper: printing moves nothing, attaching the signed scan does', async () => {
    desk = await openIntakeDesk();
    const deps = wired(desk);
    const requestId = await awaitingSignature(desk);
    const draft = ok(await createDeclaration(deps, requestId));
    ok(await printForPaper(deps, draft.id));
    expect((await firstValueFrom(watchRequest(desk.deps(), requestId)))?.status).toBe('awaiting-signature');
    ok(await attachSignedScan(deps, draft.id, new Blob([pdfBytes('signed paper')]), 'signed.pdf'));
    const signed = await firstValueFrom(watchRequest(desk.deps(), requestId));
    expect(signed?.status).toBe('signed');
    expect(signed?.history.at(-1)).toMatchObject({ to: 'signed', declarationNumber: draft.declarationNumber });
    expect(await toReferIds(desk)).toEqual([requestId]);
  });

  it('the step cannot be taken by hand: without a signed declaration it is refused', async () => {
    desk = await openIntakeDesk();
    const requestId = await awaitingSignature(desk);
    ok(await createDeclaration(wired(desk), requestId));
    const refused = await applyTransition(desk.deps(), requestId, { to: 'signed' });
    expect(!refused.ok && refused.error.code).toBe('transition.not-signed');
  });
});
