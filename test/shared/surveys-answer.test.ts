import { describe, expect, it } from 'vitest';
import { answerScore, visibleQuestions } from '../../shared/surveys/answer-values';
import { recordAnswer } from '../../shared/surveys/answer-record';
import { createCollectionRegistry } from '../../server/sync/collection-registry';
import { COLLECTIONS } from '../../shared/db/collections';
import { CTX, QUESTIONS, questionnaireDoc } from './surveys-fixtures';

const registry = createCollectionRegistry(COLLECTIONS);

describe('recording an answer against a questionnaire version', () => {
  it('shows a "show if" question only after the earlier answer it names', () => {
    expect(visibleQuestions(QUESTIONS, { q2: 'yes' }).map((q) => q.id)).toEqual(['q1', 'q2', 'q4', 'q5']);
    expect(visibleQuestions(QUESTIONS, { q2: 'no' }).map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('requires a shown required question and drops an answer to a hidden one', () => {
    const refused = recordAnswer(questionnaireDoc(), { method: 'phone', values: { q1: 4, q2: 'no' } }, CTX);
    expect(refused).toEqual({ ok: false, error: { code: 'survey.answer.invalid', fields: { q3: 'survey.answer.required' } } });
    const kept = recordAnswer(questionnaireDoc(), { method: 'phone', values: { q1: 4, q2: 'yes', q3: 'left over' } }, CTX);
    expect(kept.ok && kept.value.texts).toEqual({});
  });

  it('refuses values out of range or off the list, each on its question', () => {
    const result = recordAnswer(questionnaireDoc(), { method: 'desk', values: { q1: 6, q2: 'maybe', q4: 11, q5: ['staff', 'cakes'] } }, CTX);
    expect(result.ok ? null : result.error).toEqual({
      code: 'survey.answer.invalid',
      fields: { q1: 'survey.answer.out-of-range', q2: 'survey.answer.unknown-option', q4: 'survey.answer.out-of-range', q5: 'survey.answer.unknown-option' },
    });
  });

  it('writes a schema-valid answer linked to the version, with its score', () => {
    const result = recordAnswer(
      questionnaireDoc(),
      { method: 'phone', beneficiaryId: 'ben-1', requestId: 'req-1', serviceType: 'food-basket', values: { q1: 5, q2: 'no', q3: ' late ', q4: 8, q5: ['speed'] } },
      CTX,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      kind: 'answer', questionnaireId: 'qn-1', beneficiaryId: 'ben-1', requestId: 'req-1', caseId: '', method: 'phone',
      numbers: { q1: 5, q4: 8 }, choices: { q2: ['no'], q5: ['speed'] }, texts: { q3: 'late' }, score: 90,
    });
    expect(registry.get('surveys')?.validate(result.value)).toBeNull();
  });

  it('an anonymous answer links nothing; one with no rating has no score', () => {
    const result = recordAnswer(questionnaireDoc({ questions: [QUESTIONS[1]!] }), { method: 'desk', values: { q2: 'yes' } }, CTX);
    expect(result.ok && [result.value.beneficiaryId, result.value.requestId, result.value.caseId, result.value.score]).toEqual(['', '', '', null]);
    expect(answerScore(QUESTIONS, { q1: 1, q4: 10 })).toBe(50);
  });

  it('refuses to record against anything but a questionnaire', () => {
    expect(recordAnswer(questionnaireDoc({ kind: 'campaign' }), { method: 'desk', values: {} }, CTX)).toEqual({ ok: false, error: { code: 'survey.answer.not-a-questionnaire' } });
  });
});
