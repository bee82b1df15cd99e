/**
 * Declarations on a real desk database (RxDB on Dexie/fake-indexeddb, encrypted), a real WebCrypto
 * Ed25519 desk key and the real file store: the snapshot, numbering, signing on the pad, paper
 * signing with a scan, immutability, corrections, the referral gate, audit, and verification.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachSignedScan,
  correctDeclaration,
  createDeclaration,
  declarationState,
  printForPaper,
  readDeclaration,
  recordOutput,
  signOnPad,
  verifyCode,
} from '../../renderer/src/features/declaration/data';
import { applyTransition } from '../../renderer/src/features/intake/data';
import { shortCode, qrPayload } from '../../shared/declaration/verification-code';
import { auditActions, openIntakeDesk, pdfBytes, type IntakeDesk } from './intake-fixtures';
import { awaitingSignature, declarationDeps, TINY_PNG } from './declaration-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const ok = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('a declaration signed on the pad', () => {
  it('snapshots the file and request, numbers it, signs, freezes it, and opens the referral', async () => {
    desk = await openIntakeDesk();
    const deps = declarationDeps(desk);
    const requestId = await awaitingSignature(desk);
    const draft = ok(await createDeclaration(deps, requestId));
    expect(draft).toMatchObject({ declarationNumber: 'KD1-D2026-000001', version: 1, supersedes: '', signedAt: '', requestId });
    expect(declarationState(draft)).toBe('draft');
    expect(draft.snapshot.beneficiary).toMatchObject({ fullName: desk.beneficiary.fullName, nationalId: desk.beneficiary.nationalId, mobiles: ['+966551234567'], familyCount: 4 });
    expect(draft.snapshot.request.requirements.map((r) => r.ar)).toHaveLength(4);
    expect(draft.snapshot.due.date).toBe('2026-03-24');
    expect(draft.snapshot.declaredAt.time).toBe('10:00');
    // Asking again gives the same draft, not a second declaration.
    expect(ok(await createDeclaration(deps, requestId)).id).toBe(draft.id);

    const notYet = await applyTransition(desk.deps(), requestId, { to: 'referred' });
    expect(!notYet.ok && notYet.error.code).toBe('transition.not-signed');
    expect(await signOnPad(deps, draft.id, null)).toEqual({ ok: false, error: 'declaration.signature-required' });
    expect(await signOnPad(deps, draft.id, 'data:image/png;base64,aGVsbG8=')).toEqual({ ok: false, error: 'image.not-an-image' });

    const signed = ok(await signOnPad(deps, draft.id, TINY_PNG));
    expect(signed.signedAt).not.toBe('');
    expect(signed.signature).toMatchObject({ method: 'pad', image: { type: 'image/png' } });
    // Immutable: signing again, printing for paper or attaching a scan are all refused.
    expect(await signOnPad(deps, draft.id, TINY_PNG)).toEqual({ ok: false, error: 'declaration.signed' });
    expect(await printForPaper(deps, draft.id)).toEqual({ ok: false, error: 'declaration.signed' });
    expect(await attachSignedScan(deps, draft.id, new Blob([pdfBytes('x')]), 'x.pdf')).toEqual({ ok: false, error: 'declaration.signed' });
    expect((await readDeclaration(deps, draft.id))?.hash).toBe(signed.hash);

    expect((await applyTransition(desk.deps(), requestId, { to: 'referred' })).ok).toBe(true);
    await recordOutput(deps, signed.id, 'print');
    expect(await auditActions(desk.db, signed.id)).toEqual(['declaration.create', 'declaration.print', 'declaration.sign-pad']);

    const byCode = await verifyCode(desk.db, shortCode(signed.declarationNumber, signed.hash));
    expect(byCode.status).toBe('valid');
    const byQr = await verifyCode(desk.db, qrPayload(signed.id, signed.hash));
    expect(byQr.status).toBe('valid');
  });

  it('a correction is a new version that supersedes the signed one, with the same number', async () => {
    desk = await openIntakeDesk();
    const deps = declarationDeps(desk);
    const requestId = await awaitingSignature(desk);
    const first = ok(await signOnPad(deps, ok(await createDeclaration(deps, requestId)).id, TINY_PNG));
    const second = ok(await correctDeclaration(deps, first.id));
    expect(second).toMatchObject({ declarationNumber: first.declarationNumber, version: 2, supersedes: first.id, signedAt: '' });
    expect(await correctDeclaration(deps, first.id)).toEqual({ ok: false, error: 'declaration.outdated' });
    // The current completion's declaration is now the unsigned correction: referral waits for it.
    expect((await applyTransition(desk.deps(), requestId, { to: 'referred' })).ok).toBe(false);
    ok(await signOnPad(deps, second.id, TINY_PNG));
    expect((await applyTransition(desk.deps(), requestId, { to: 'referred' })).ok).toBe(true);
    const other = await createDeclaration(deps, requestId);
    expect(!other.ok && other.error).toBe('declaration.request-state');
  });
});

describe('a declaration signed on paper', () => {
  it('prints with the hash on the paper, waits for the scan, refuses a non-image, then freezes', async () => {
    desk = await openIntakeDesk();
    const deps = declarationDeps(desk);
    const requestId = await awaitingSignature(desk);
    const draft = ok(await createDeclaration(deps, requestId));
    expect(await attachSignedScan(deps, draft.id, new Blob([pdfBytes('x')]), 'x.pdf')).toEqual({ ok: false, error: 'declaration.not-paper' });
    const printed = ok(await printForPaper(deps, draft.id));
    expect(declarationState(printed)).toBe('awaiting-scan');
    expect(ok(await printForPaper(deps, draft.id)).hash).toBe(printed.hash); // a reprint is the same paper
    expect((await applyTransition(desk.deps(), requestId, { to: 'referred' })).ok).toBe(false);

    const text = new Blob(['this is not a scan'], { type: 'image/png' });
    expect(await attachSignedScan(deps, draft.id, text, 'scan.png')).toEqual({ ok: false, error: 'declaration.scan-type' });
    const signed = ok(await attachSignedScan(deps, draft.id, new Blob([pdfBytes('signed paper')]), 'signed.pdf'));
    expect(signed.signature).toMatchObject({ method: 'paper-scan', image: { type: 'application/pdf' } });
    // The code printed before the signature still checks out.
    expect(signed.hash).toBe(printed.hash);
    expect((await verifyCode(desk.db, shortCode(printed.declarationNumber, printed.hash))).status).toBe('valid');
    expect((await applyTransition(desk.deps(), requestId, { to: 'referred' })).ok).toBe(true);
  });
});

describe('verification', () => {
  it('reports a changed record as tampered, an unknown key, a wrong code and bad input', async () => {
    desk = await openIntakeDesk();
    const deps = declarationDeps(desk);
    const requestId = await awaitingSignature(desk);
    const signed = ok(await signOnPad(deps, ok(await createDeclaration(deps, requestId)).id, TINY_PNG));
    const code = shortCode(signed.declarationNumber, signed.hash);

    expect(await verifyCode(desk.db, '')).toEqual({ status: 'input-error', error: 'verification.empty' });
    expect(await verifyCode(desk.db, 'hello')).toEqual({ status: 'input-error', error: 'verification.format' });
    expect((await verifyCode(desk.db, 'KD1-D2026-000099-000000000000')).status).toBe('not-found');
    expect(await verifyCode(desk.db, `${signed.declarationNumber}-000000000000`)).toMatchObject({ status: 'tampered', reason: 'code-mismatch' });
    // A code that matches no version shows nothing of the record: no name, ID or mobile to a guesser.
    expect(await verifyCode(desk.db, `${signed.declarationNumber}-000000000000`)).toEqual({ status: 'tampered', reason: 'code-mismatch', doc: null });
    // Arabic-Indic digits and spaces as a person might type them.
    const arabicDigits = code.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));
    expect((await verifyCode(desk.db, ` ${arabicDigits} `)).status).toBe('valid');

    // A stored field covered by the hash changes behind the app's back (e.g. through the raw database).
    const stored = await desk.db.declarations.findOne(signed.id).exec();
    await stored?.incrementalModify((doc) => ({ ...doc, snapshot: { ...doc.snapshot, beneficiary: { ...doc.snapshot.beneficiary, familyCount: 9 } } }));
    expect(await verifyCode(desk.db, code)).toMatchObject({ status: 'tampered', reason: 'hash-mismatch' });
    await stored?.getLatest().incrementalModify((doc) => ({ ...doc, snapshot: signed.snapshot, deskSignature: signed.deskSignature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }));
    expect(await verifyCode(desk.db, code)).toMatchObject({ status: 'tampered', reason: 'signature-invalid' });

    // Without the desk's published key (another desk that has not synced the catalog yet).
    await stored?.getLatest().incrementalModify((doc) => ({ ...doc, deskSignature: signed.deskSignature }));
    expect((await verifyCode(desk.db, code)).status).toBe('valid');
    const published = await desk.db.catalog.find({ selector: { kind: 'desk-key' } }).exec();
    expect(published).toHaveLength(1);
    expect(published[0]?.data).toMatchObject({ deskId: deps.desk.deskId, deskCode: 'KD1' });
    await Promise.all(published.map((doc) => doc.remove()));
    expect((await verifyCode(desk.db, code)).status).toBe('unknown-key');
  });
});
