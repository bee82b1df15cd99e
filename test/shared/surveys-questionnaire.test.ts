import { describe, expect, it } from 'vitest';
import { isLocked, latestVersions, saveQuestionnaire, validateQuestionnaire } from '../../shared/surveys/questionnaire';
import { recordAnswer } from '../../shared/surveys/answer-record';
import type { Question } from '../../shared/db/schemas/survey.schema';
import { CTX, QUESTIONS, questionnaireDoc } from './surveys-fixtures';

const draft = { title: { ar: 'استبيان الرضا', en: 'Satisfaction' }, questions: QUESTIONS };
const q = (over: Partial<Question>): Question => ({ id: 'x', type: 'rating', text: { ar: 'سؤال', en: '' }, required: false, options: [], showIf: null, ...over });

describe('questionnaire versioning and locking', () => {
  it('corrects a version without answers in place', () => {
    const first = questionnaireDoc();
    const saved = saveQuestionnaire(first, { ...draft, title: { ar: 'استبيان معدل', en: '' } }, isLocked(first.id, []), { ...CTX, id: 'qn-2' });
    expect(saved.ok && [saved.value.newVersion, saved.value.doc.id, saved.value.doc.seriesVersion, saved.value.doc.title?.ar]).toEqual([false, 'qn-1', 1, 'استبيان معدل']);
  });

  it('makes version 2 (a new document in the series) once version 1 has an answer; version 1 is unchanged', () => {
    const first = questionnaireDoc();
    const answer = recordAnswer(first, { method: 'desk', values: { q1: 4, q2: 'yes' } }, CTX);
    if (!answer.ok) throw new Error('answer');
    const locked = isLocked(first.id, [answer.value]);
    expect(locked).toBe(true);
    const saved = saveQuestionnaire(first, { ...draft, questions: QUESTIONS.slice(0, 2) }, locked, { ...CTX, id: 'qn-2' });
    if (!saved.ok) throw new Error('save');
    expect(saved.value).toMatchObject({ newVersion: true, doc: { id: 'qn-2', questionnaireId: 'qn-2', seriesId: 'qn-1', seriesVersion: 2 } });
    expect(first.questions).toHaveLength(5);
    expect(latestVersions([first, saved.value.doc]).map((d) => d.id)).toEqual(['qn-2']);
  });

  it('refuses a bad questionnaire, naming each problem, and saves nothing', () => {
    const result = saveQuestionnaire(null, {
      title: { ar: '  ', en: '' },
      questions: [
        q({ id: 'a', type: 'single', options: [{ id: 'o1', text: { ar: 'واحد', en: '' } }] }),
        q({ id: 'b', text: { ar: '', en: 'x' } }),
        q({ id: 'c', showIf: { questionId: 'z', values: ['1'] } }),
        q({ id: 'd', showIf: { questionId: 'a', values: ['nope'] } }),
        q({ id: 'a' }),
      ],
    }, false, CTX);
    expect(result).toEqual({
      ok: false,
      error: {
        title: 'survey.questionnaire.title-required',
        a: 'survey.questionnaire.options-required',
        b: 'survey.questionnaire.question-text-required',
        c: 'survey.questionnaire.show-if-earlier',
        d: 'survey.questionnaire.show-if-values',
      },
    });
    expect(validateQuestionnaire({ title: draft.title, questions: [] })).toEqual({ ok: false, error: { questions: 'survey.questionnaire.no-questions' } });
  });

  it('a "show if" may only look back, at a question with set answers', () => {
    const later = validateQuestionnaire({ title: draft.title, questions: [q({ id: 'a', showIf: { questionId: 'b', values: ['yes'] } }), q({ id: 'b', type: 'yes-no' })] });
    expect(later.ok ? null : later.error).toEqual({ a: 'survey.questionnaire.show-if-earlier' });
    const onText = validateQuestionnaire({ title: draft.title, questions: [q({ id: 'a', type: 'text' }), q({ id: 'b', showIf: { questionId: 'a', values: ['x'] } })] });
    expect(onText.ok ? null : onText.error).toEqual({ b: 'survey.questionnaire.show-if-earlier' });
  });

  it('a new questionnaire starts its own series at version 1', () => {
    const saved = saveQuestionnaire(null, draft, false, { ...CTX, id: 'qn-9' });
    expect(saved.ok && saved.value.doc).toMatchObject({ id: 'qn-9', seriesId: 'qn-9', seriesVersion: 1, kind: 'questionnaire' });
  });
});
