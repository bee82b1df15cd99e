/** An access or copy request's answer on a real desk database (RxDB on Dexie, encrypted): read, gathered, audited. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPersonalDataJson, personalDataPdfInput, type ExportDeps } from '../../renderer/src/features/data-rights/data/personal-data-export';
import { appendAudit } from '../../renderer/src/stores/audit-log';
import { beneficiaryDoc, openIntakeDesk, RECEPTIONIST, type IntakeDesk } from './intake-fixtures';
import { DESK_ID } from './db-fixtures';

let desk: IntakeDesk;
beforeEach(async () => {
  desk = await openIntakeDesk();
});
afterEach(async () => desk.close());

describe('personal data export', () => {
  it('gives the file and its audit entries, not another person\'s, and audits each copy handed out', async () => {
    const other = beneficiaryDoc({ fileNumber: 'KD1-2026-000002', fullName: 'سعاد محمد العتيبي' });
    await desk.db.beneficiaries.insert(other);
    await appendAudit(desk.db, { actorId: RECEPTIONIST.id, action: 'beneficiary.view', entity: 'beneficiaries', entityId: desk.beneficiary.id, fields: ['nationalId'], deskId: DESK_ID });
    await appendAudit(desk.db, { actorId: RECEPTIONIST.id, action: 'beneficiary.view', entity: 'beneficiaries', entityId: other.id, fields: [], deskId: DESK_ID });
    const deps: ExportDeps = { db: desk.db, actorId: RECEPTIONIST.id, deskId: DESK_ID, now: () => desk.clock.at };
    const request = { caseId: 'case-dr-1', caseNumber: 'KD1-C2026-000001', beneficiaryId: desk.beneficiary.id };

    const json = JSON.parse(await exportPersonalDataJson(deps, request)) as { sections: Record<string, { id: string; fullName?: string; nationalId?: string }[]> };
    expect(json.sections.file!.map((doc) => doc.fullName)).toEqual([desk.beneficiary.fullName]);
    // Decrypted for the person: their own national ID is part of what they are given.
    expect(json.sections.file![0]!.nationalId).toBe(desk.beneficiary.nationalId);
    expect(json.sections.audit!.map((entry) => entry.id)).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain(other.fullName);

    const input = await personalDataPdfInput(deps, request, 'جمعية كادي', { hijri: '١٢ رمضان ١٤٤٧', gregorian: '١ مارس ٢٠٢٦' });
    expect(input.data.sections.file.map((doc) => doc.id)).toEqual([desk.beneficiary.id]);
    const copies = await desk.db.audit.find({ selector: { entityId: 'case-dr-1' } }).exec();
    expect(copies.map((entry) => entry.action).sort()).toEqual(['data-request.export-json', 'data-request.export-pdf']);
  });
});
