/**
 * Surveys over the real sync server (policy 3.8): management designs questionnaires and campaigns, other
 * staff may only record tasks and answers; definitions reach every desk, an answer only the desk that took
 * it and management. Documents built by the shared rules (shared/surveys) pass the server's schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer } from '@shared/surveys/answer-record';
import { buildCampaign } from '@shared/surveys/campaign';
import { saveQuestionnaire } from '@shared/surveys/questionnaire';
import { editAsNewVersion } from '@shared/surveys/questionnaire-lock';
import type { SurveyDoc } from '@shared/db/schemas/survey.schema';
import { pullAs, pushAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';

let auth: AuthServer;
let manager: Staff;
let phoneA: Staff;
let phoneB: Staff;

beforeAll(async () => {
  auth = await startAuthServer();
  const deskA = await registerTestDesk(auth, 'SRVA');
  const deskB = await registerTestDesk(auth, 'SRVB');
  manager = await staffOn(auth, deskA, ['manager']);
  phoneA = await staffOn(auth, deskA, ['liaison-officer']);
  phoneB = await staffOn(auth, deskB, ['liaison-officer']);
});
afterAll(() => auth.close());

const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;
const ctx = (who: Staff, id: string) => ({ id, now: '2026-03-01T08:00:00.000Z', staffId: who.id, deskId: who.desk.deskId });
const DRAFT = { title: { ar: 'رضا المستفيدين', en: '' }, questions: [{ id: 'q1', type: 'rating' as const, text: { ar: 'ما مدى رضاك؟', en: '' }, required: true, options: [], showIf: null }] };

describe('surveys on the sync server', () => {
  it('definitions are management\'s; answers reach their desk and management only', async () => {
    const byPhone = saveQuestionnaire(null, DRAFT, false, ctx(phoneA, crypto.randomUUID()));
    if (!byPhone.ok) throw new Error('draft');
    expect(await codeOf(await pushAs(auth, phoneA.token, 'surveys', [{ newDocumentState: { ...byPhone.value.doc, _deleted: false } }]))).toBe('push.forbidden');

    const questionnaire = saveQuestionnaire(null, DRAFT, false, ctx(manager, crypto.randomUUID()));
    if (!questionnaire.ok) throw new Error('questionnaire');
    const campaign = buildCampaign(
      { name: 'مارس', purpose: 'periodic', method: 'phone', questionnaireId: questionnaire.value.doc.id, periodFrom: '2026-03-01', periodTo: '2026-03-31', sampleSize: 0 },
      [questionnaire.value.doc], 7, ctx(manager, crypto.randomUUID()),
    );
    if (!campaign.ok) throw new Error('campaign');
    const defs = await pushAs(auth, manager.token, 'surveys', [questionnaire.value.doc, campaign.value].map((d) => ({ newDocumentState: { ...d, _deleted: false } })));
    expect(defs.status).toBe(200);
    expect(await defs.json()).toEqual([]);

    const answer = recordAnswer(questionnaire.value.doc, { method: 'phone', campaignId: campaign.value.id, values: { q1: 4 } }, ctx(phoneA, crypto.randomUUID()));
    if (!answer.ok) throw new Error('answer');
    const pushed = await pushAs(auth, phoneA.token, 'surveys', [{ newDocumentState: { ...answer.value, _deleted: false } }]);
    expect(pushed.status).toBe(200);

    const ids = async (who: Staff) => (await pullAs(auth, who.token, 'surveys')).map((d) => d.kind).sort();
    expect(await ids(phoneB)).toEqual(['campaign', 'questionnaire']);
    expect(await ids(phoneA)).toEqual(['answer', 'campaign', 'questionnaire']);
    expect(await ids(manager)).toEqual(['answer', 'campaign', 'questionnaire']);
  });

  it('a questionnaire version with answers stored keeps its questions: an edit pushed from a desk that holds none conflicts', async () => {
    const saved = saveQuestionnaire(null, DRAFT, false, ctx(manager, crypto.randomUUID()));
    if (!saved.ok) throw new Error('questionnaire');
    const v1 = { ...saved.value.doc, _deleted: false };
    expect(await (await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: v1 }])).json()).toEqual([]);
    // Not answered yet: corrected in place.
    const fixed = { ...v1, title: { ar: 'رضا المستفيدين (مصحح)', en: '' }, updatedAt: '2026-03-01T09:00:00.000Z' };
    expect(await (await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: fixed, assumedMasterState: v1 }])).json()).toEqual([]);

    // Another desk records an answer to it.
    const answer = recordAnswer(fixed, { method: 'phone', values: { q1: 5 } }, ctx(phoneB, crypto.randomUUID()));
    if (!answer.ok) throw new Error('answer');
    expect((await pushAs(auth, phoneB.token, 'surveys', [{ newDocumentState: { ...answer.value, _deleted: false } }])).status).toBe(200);

    // The manager's desk, offline meanwhile, changed its questions in place: the server keeps the answered version.
    const edited = { ...fixed, questions: [...DRAFT.questions, { ...DRAFT.questions[0]!, id: 'q2', text: { ar: 'هل تنصح بنا؟', en: '' } }], updatedAt: '2026-03-01T10:00:00.000Z' };
    const refused = await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: edited, assumedMasterState: fixed }]);
    expect(refused.status).toBe(200);
    const conflicts = (await refused.json()) as SurveyDoc[];
    expect(conflicts.map((d) => [d.id, d.questions?.length])).toEqual([[fixed.id, 1]]);
    // Deleting it is refused (no role deletes survey documents); a change of its stamps alone is not an edit of it.
    const deleted = await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: { ...fixed, _deleted: true }, assumedMasterState: fixed }]);
    expect(deleted.status).toBe(403);
    const restamped = { ...fixed, updatedAt: '2026-03-01T11:00:00.000Z' };
    expect(await (await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: restamped, assumedMasterState: fixed }])).json()).toEqual([]);
    const stored = async () => (await pullAs(auth, manager.token, 'surveys')).find((d) => d.id === fixed.id);
    expect((await stored())?.questions).toHaveLength(1);
    expect((await stored())?.title).toEqual(fixed.title);

    // What the desk does with the refusal: its edit as version 2 of the series, accepted.
    const v2 = editAsNewVersion(edited as SurveyDoc, [1]);
    expect([v2.seriesId, v2.seriesVersion, v2.questions?.length]).toEqual([fixed.id, 2, 2]);
    expect(await (await pushAs(auth, manager.token, 'surveys', [{ newDocumentState: { ...v2, _deleted: false } }])).json()).toEqual([]);
    expect(editAsNewVersion(edited as SurveyDoc, [1]).id).toBe(v2.id);
  });
});
