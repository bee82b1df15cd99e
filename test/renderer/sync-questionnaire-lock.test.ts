import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../shared/db/collections';
import type { SurveyDoc } from '../../shared/db/schemas/survey.schema';
import { recordAnswer } from '../../shared/surveys/answer-record';
import { saveQuestionnaireDraft } from '../../renderer/src/features/surveys/data/questionnaires';
import type { SurveysDeps } from '../../renderer/src/features/surveys/data/deps';
import { queryTokenEventSource } from '../../renderer/src/sync/browser-transport';
import { manualOnlineSource } from '../../renderer/src/sync/online-source';
import { isUnchangedSeed } from '../../renderer/src/db/catalog-seed';
import { startSyncManager, type SyncManager } from '../../renderer/src/sync/sync-manager';
import { dropSchema, pullAll, push, startTestServer, TOKEN, type TestServer } from '../server/sync-support/harness';
import { DESK, openDesk, type Desk } from './registry-fixtures';

/**
 * Policy 3.8: a questionnaire version answered anywhere stays as answered. A desk edits a version offline
 * while another desk's answer to it reaches the server; back online, the desk's real replication meets
 * the server's refusal (a conflict), keeps the answered version and saves its edit as version 2, which
 * the server accepts. Real desk database, real sync server (PGlite, or DATABASE_URL's PostgreSQL).
 */
let server: TestServer;
let desk: Desk;
let manager: SyncManager;
const online = manualOnlineSource(true);

beforeAll(async () => {
  server = await startTestServer({ collections: COLLECTIONS });
  desk = await openDesk();
  manager = startSyncManager({
    db: desk.db, deskId: DESK.deskId, serverUrl: server.url, token: TOKEN, online, backoffBaseMs: 100,
    keepLocal: (_collection, doc) => isUnchangedSeed(doc),
    transport: { fetch, openEventSource: queryTokenEventSource(EventSource) },
  });
});
afterAll(async () => {
  await manager?.stop();
  await desk?.close();
  if (server) {
    await server.close();
    await dropSchema(server.schema);
  }
});

const rating = { id: 'q1', type: 'rating' as const, text: { ar: 'ما مدى رضاك؟', en: '' }, required: true, options: [], showIf: null };
const DRAFT = { title: { ar: 'رضا المستفيدين', en: '' }, questions: [rating] };

describe('an offline edit of a questionnaire answered on another desk', () => {
  it('the answered version stays on the server and the desk; the edit becomes version 2 everywhere', async () => {
    let clock = Date.parse('2026-03-10T07:00:00.000Z');
    const deps: SurveysDeps = { db: desk.db, actor: { id: 'manager-1', roles: ['manager'] }, desk: DESK, now: () => new Date((clock += 1000)) };
    const saved = await saveQuestionnaireDraft(deps, null, DRAFT);
    if (!saved.ok) throw new Error('save');
    const v1 = saved.value.doc;
    const onServer = async (): Promise<SurveyDoc[]> => (await pullAll(server, 'surveys')).filter((d) => d.kind === 'questionnaire') as unknown as SurveyDoc[];
    await expect.poll(async () => (await onServer()).length, { timeout: 15_000 }).toBe(1);

    online.set(false);
    await expect.poll(() => manager.status$.value.phase, { timeout: 15_000 }).toBe('offline');
    // Another desk's phone worker records an answer to version 1 meanwhile.
    const answer = recordAnswer(v1, { method: 'phone', values: { q1: 4 } }, { id: crypto.randomUUID(), now: '2026-03-10T08:00:00.000Z', staffId: 'phone-2', deskId: 'desk-2' });
    if (!answer.ok) throw new Error('answer');
    expect((await push(server, 'surveys', [{ newDocumentState: { ...answer.value, _deleted: false } }])).status).toBe(200);
    // This desk holds no answer: the builder corrects version 1 in place.
    const edited = await saveQuestionnaireDraft(deps, v1.id, { ...DRAFT, questions: [rating, { ...rating, id: 'q2', text: { ar: 'هل تنصح بنا؟', en: '' } }] });
    expect(edited.ok && edited.value.newVersion).toBe(false);

    online.set(true);
    await expect.poll(async () => (await onServer()).length, { timeout: 15_000 }).toBe(2);
    const [first, second] = (await onServer()).sort((a, b) => (a.seriesVersion ?? 0) - (b.seriesVersion ?? 0));
    expect([first?.id, first?.questions?.length]).toEqual([v1.id, 1]);
    expect([second?.seriesId, second?.seriesVersion, second?.questions?.length]).toEqual([v1.id, 2, 2]);
    await expect.poll(async () => (await desk.db.surveys.findOne(v1.id).exec())?.questions?.length, { timeout: 15_000 }).toBe(1);
    const versions = await desk.db.surveys.find({ selector: { kind: 'questionnaire' } }).exec();
    expect(versions.map((d) => [d.seriesVersion, d.questions?.length]).sort()).toEqual([[1, 1], [2, 2]]);
    await expect.poll(() => [manager.status$.value.phase, manager.status$.value.pending], { timeout: 15_000 }).toEqual(['synced', 0]);
  });
});
