import type { Question, SurveyDoc } from '../../shared/db/schemas/survey.schema';

const wording = (ar: string, en = '') => ({ ar, en });

/** A small questionnaire: rating, yes/no, a "show if" free text on a "no", a recommendation. */
export const QUESTIONS: Question[] = [
  { id: 'q1', type: 'rating', text: wording('ما مدى رضاك عن الخدمة؟', 'How satisfied are you?'), required: true, options: [], showIf: null },
  { id: 'q2', type: 'yes-no', text: wording('هل أنجزت معاملتك في موعدها؟', 'Was it on time?'), required: true, options: [], showIf: null },
  { id: 'q3', type: 'text', text: wording('ما سبب التأخير؟', 'Why the delay?'), required: true, options: [], showIf: { questionId: 'q2', values: ['no'] } },
  { id: 'q4', type: 'recommend', text: wording('هل توصي بالجمعية؟', 'Would you recommend us?'), required: false, options: [], showIf: null },
  {
    id: 'q5', type: 'multiple', text: wording('ما الذي أعجبك؟', 'What did you like?'), required: false, showIf: null,
    options: [{ id: 'staff', text: wording('الموظفون') }, { id: 'speed', text: wording('السرعة') }],
  },
];

export function questionnaireDoc(overrides: Partial<SurveyDoc> = {}): SurveyDoc {
  return {
    id: 'qn-1', kind: 'questionnaire', campaignId: '', questionnaireId: 'qn-1', beneficiaryId: '',
    createdAt: '2026-03-01T08:00:00.000Z', createdBy: 'admin-1', updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: 'admin-1', deskId: 'desk-1',
    seriesId: 'qn-1', seriesVersion: 1, title: wording('استبيان الرضا', 'Satisfaction'), questions: QUESTIONS,
    ...overrides,
  };
}

export const CTX = { id: 'ans-1', now: '2026-03-10T09:00:00.000Z', staffId: 'staff-1', deskId: 'desk-1' };
