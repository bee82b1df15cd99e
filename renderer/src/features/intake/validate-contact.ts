/**
 * The contact form's field rules (policy 3.1, 3.7), with the same shared text rules and limits as
 * the log itself (prepareInteraction): what the form can tell about its own fields is shown on them;
 * the log still refuses anything else (an unknown request, a retired channel) when it is saved.
 */
import { INTERACTION_LIMITS, type InteractionDirection } from '@shared/db/schemas/interaction.schema';
import { cleanTextInput } from '@shared/registry/text-normalize';
import { err, ok, type FieldErrors, type Result } from '@shared/result';

export type ContactInput = { channel: string; direction: InteractionDirection; subject: string; summary: string; requestId: string };

export function validateContact(input: ContactInput): Result<ContactInput, FieldErrors<'channel' | 'subject' | 'summary'>> {
  const errors: FieldErrors<'channel' | 'subject' | 'summary'> = {};
  const subject = cleanTextInput(input.subject);
  if (input.channel === '') errors.channel = 'interaction.channel-unknown';
  if (subject === '') errors.subject = 'interaction.subject-required';
  else if (subject.length > INTERACTION_LIMITS.subject) errors.subject = 'interaction.subject-too-long';
  if (cleanTextInput(input.summary, { multiline: true }).length > INTERACTION_LIMITS.summary) errors.summary = 'interaction.summary-too-long';
  return Object.keys(errors).length > 0 ? err(errors) : ok(input);
}
