import { describe, expect, it } from 'vitest';
import { linkInterviews, unlistedInterviews, visitInterviewIds } from '@shared/visits';
import { VISIT_LIMITS } from '@shared/db/schemas/visit.schema';
import { plannedVisit } from './visits-fixtures';

const answer = (id: string, visitId: string, at: string) => ({ id, visitId, answeredAt: at, createdAt: at });

describe('a visit\'s interviews are the answers naming it (policy 3.8d)', () => {
  const visit = { ...plannedVisit(), interviewIds: ['a1'] };
  const answers = [answer('a3', 'visit-1', '2026-03-08T09:00:00Z'), answer('a1', 'visit-1', '2026-03-08T07:00:00Z'), answer('a2', 'visit-1', '2026-03-08T08:00:00Z'), answer('x', 'visit-2', '2026-03-08T08:30:00Z')];

  it('lists first, then the unlisted answers naming it, oldest first; other visits\' answers never', () => {
    expect(unlistedInterviews(visit, answers)).toEqual(['a2', 'a3']);
    expect(visitInterviewIds(visit, answers)).toEqual(['a1', 'a2', 'a3']);
  });

  it('folding in is idempotent, and only while the visit is recorded, within the limit', () => {
    const once = linkInterviews(visit, answers);
    expect(once.interviewIds).toEqual(['a1', 'a2', 'a3']);
    expect(linkInterviews(once, answers)).toBe(once);
    const completed = { ...visit, status: 'completed' as const };
    expect(linkInterviews(completed, answers)).toBe(completed);
    const full = { ...visit, interviewIds: Array.from({ length: VISIT_LIMITS.interviews - 1 }, (_, i) => `f${i}`) };
    expect(linkInterviews(full, answers).interviewIds).toHaveLength(VISIT_LIMITS.interviews);
  });
});
