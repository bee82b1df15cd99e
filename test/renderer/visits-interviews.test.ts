/**
 * An interview during a visit is two writes in two collections (policy 3.8d): the answer, naming the visit,
 * then the visit's list. On a real RxDB desk database, the second write cut off leaves the interview the
 * visit's all the same: derived from the answer, listed by the visit's next write, and listed once only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { saveQuestionnaireDraft } from '../../renderer/src/features/surveys/data/questionnaires';
import { interviewAnswers, linkPendingInterviews, recordInterview, watchInterviews, writeInterviewAnswer } from '../../renderer/src/features/visits/data/interviews';
import { recordItem } from '../../renderer/src/features/visits/data/record-visit';
import type { VisitsDeps } from '../../renderer/src/features/visits/data/deps';
import type { Question } from '../../shared/db/schemas/survey.schema';
import { VISIT_LIMITS } from '../../shared/db/schemas/visit.schema';
import { DESK, openIntakeDesk, type IntakeDesk } from './intake-fixtures';
import { plannedVisit, WORKER } from '../shared/visits-fixtures';

const desks: IntakeDesk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

const q: Question = { id: 'q1', type: 'rating', text: { ar: 'ما مدى رضاك عن الزيارة؟', en: '' }, required: true, options: [], showIf: null };

async function visitDesk() {
  const desk = await openIntakeDesk(new Date('2026-03-08T07:00:00Z'));
  desks.push(desk);
  const deps = (actor: VisitsDeps['actor']): VisitsDeps => ({ db: desk.db, actor, desk: DESK, now: () => desk.clock.at, files: desk.files });
  const saved = await saveQuestionnaireDraft({ ...deps({ id: 'manager-1', roles: ['manager'] }), newSeed: () => 1 }, null, { title: { ar: 'مقابلة', en: '' }, questions: [q] });
  if (!saved.ok) throw new Error('questionnaire');
  const visit = { ...plannedVisit({ questionnaireIds: [saved.value.doc.id], beneficiaryId: desk.beneficiary.id }) };
  await desk.db.visits.insert(visit);
  return { desk, worker: deps({ id: WORKER, roles: ['field-worker'] }), visit, questionnaireId: saved.value.doc.id };
}

const listed = async (desk: IntakeDesk, id: string) => (await desk.db.visits.findOne(id).exec())?.interviewIds ?? [];

describe('interviews during a visit', () => {
  it('recorded whole: the answer names the visit and the visit lists it', async () => {
    const { desk, worker, visit, questionnaireId } = await visitDesk();
    const done = await recordInterview(worker, visit.id, questionnaireId, { q1: 4 });
    if (!done.ok) throw new Error(done.error.key);
    const answers = await desk.db.surveys.find({ selector: { kind: 'answer' } }).exec();
    expect(answers.map((a) => [a.visitId, a.method, a.beneficiaryId])).toEqual([[visit.id, 'interview', desk.beneficiary.id]]);
    expect(await listed(desk, visit.id)).toEqual([answers[0]!.id]);
  });

  it('two quick saves at the visit\'s last free place: one is kept, the other refused (checked under the visit\'s lock)', async () => {
    const { desk, worker, visit, questionnaireId } = await visitDesk();
    const almostFull = Array.from({ length: VISIT_LIMITS.interviews - 1 }, (_, i) => `earlier-${i}`);
    await (await desk.db.visits.findOne(visit.id).exec())?.incrementalPatch({ interviewIds: almostFull });
    const both = await Promise.all([writeInterviewAnswer(worker, visit.id, questionnaireId, { q1: 4 }), writeInterviewAnswer(worker, visit.id, questionnaireId, { q1: 5 })]);
    expect(both.map((result) => (result.ok ? 'kept' : result.error.key)).sort()).toEqual(['kept', 'visits.errors.visit.too-many-interviews']);
    expect(await desk.db.surveys.find({ selector: { kind: 'answer', visitId: visit.id } }).exec()).toHaveLength(1);
  });

  it('cut off between the two writes: still the visit\'s interview, listed by the next write, once', async () => {
    const { desk, worker, visit, questionnaireId } = await visitDesk();
    // The first write alone, as when the desk closes before the second.
    const first = await writeInterviewAnswer(worker, visit.id, questionnaireId, { q1: 5 });
    if (!first.ok) throw new Error(first.error.key);
    expect(await listed(desk, visit.id)).toEqual([]);
    // Every view derives it meanwhile: the card and the report.
    const stored = (await desk.db.visits.findOne(visit.id).exec())!.toMutableJSON();
    expect((await firstValueFrom(watchInterviews(desk.deps(), stored))).ids).toEqual([first.value.id]);
    expect((await interviewAnswers(desk.deps(), stored)).map((a) => a.id)).toEqual([first.value.id]);

    // The visit's next write, whatever it is (a checklist item), lists it.
    const key = visit.checklist[0]!.key;
    expect((await recordItem(worker, visit.id, key, 'met', '')).ok).toBe(true);
    expect(await listed(desk, visit.id)).toEqual([first.value.id]);
    // The retry is idempotent: listed once, however often it runs.
    await linkPendingInterviews(worker, visit.id);
    await linkPendingInterviews(worker, visit.id);
    const second = await recordInterview(worker, visit.id, questionnaireId, { q1: 3 });
    if (!second.ok) throw new Error(second.error.key);
    const ids = await listed(desk, visit.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(first.value.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('a refused interview writes neither the answer nor the visit', async () => {
    const { desk, worker, visit, questionnaireId } = await visitDesk();
    expect(await recordInterview(worker, visit.id, questionnaireId, {})).toEqual({ ok: false, error: { key: 'visits.errors.visit.answer-invalid', fields: { q1: 'survey.answer.required' } } });
    expect(await recordInterview(worker, visit.id, 'not-taken-along', { q1: 2 })).toEqual({ ok: false, error: { key: 'visits.errors.visit.unknown-questionnaire' } });
    expect(await desk.db.surveys.find({ selector: { kind: 'answer' } }).exec()).toHaveLength(0);
    expect(await listed(desk, visit.id)).toEqual([]);
  });
});
