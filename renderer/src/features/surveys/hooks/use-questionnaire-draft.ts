import { useState } from 'react';
import type { Question, QuestionType, SurveyDoc } from '@shared/db/schemas/survey.schema';
import type { QuestionnaireDraft } from '@shared/surveys/questionnaire';

/** A question as the builder edits it: options as lines ("Arabic" or "Arabic | English"). */
export type EditableQuestion = Omit<Question, 'options'> & { optionLines: string };

const toLines = (q: Question): string => q.options.map((o) => (o.text.en ? `${o.text.ar} | ${o.text.en}` : o.text.ar)).join('\n');

/** The option lines back to options; ids by position (a locked version keeps its own, a new one gets these). */
export function toOptions(lines: string): Question['options'] {
  return lines
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [ar = '', en = ''] = line.split('|');
      return { id: `o${i + 1}`, text: { ar: ar.trim(), en: en.trim() } };
    });
}

export function toDraft(title: QuestionnaireDraft['title'], questions: readonly EditableQuestion[]): QuestionnaireDraft {
  return {
    title,
    questions: questions.map(({ optionLines, ...q }) => ({ ...q, options: q.type === 'single' || q.type === 'multiple' ? toOptions(optionLines) : [] })),
  };
}

const nextId = (questions: readonly EditableQuestion[]): string => `q${Math.max(0, ...questions.map((q) => Number(q.id.slice(1)) || 0)) + 1}`;

/** The builder's working copy of a questionnaire (a new one starts with one rating question). */
export function useQuestionnaireDraft(source: SurveyDoc | null) {
  const [title, setTitle] = useState(source?.title ?? { ar: '', en: '' });
  const [questions, setQuestions] = useState<EditableQuestion[]>(
    () => source?.questions?.map((q) => ({ ...q, optionLines: toLines(q) })) ?? [{ id: 'q1', type: 'rating', text: { ar: '', en: '' }, required: true, showIf: null, optionLines: '' }],
  );
  const update = (id: string, patch: Partial<EditableQuestion>) => setQuestions((all) => all.map((q) => (q.id === id ? { ...q, ...patch } : q)));
  const add = (type: QuestionType) => setQuestions((all) => [...all, { id: nextId(all), type, text: { ar: '', en: '' }, required: false, showIf: null, optionLines: '' }]);
  const remove = (id: string) => setQuestions((all) => all.filter((q) => q.id !== id).map((q) => (q.showIf?.questionId === id ? { ...q, showIf: null } : q)));
  return { title, setTitle, questions, update, add, remove };
}
