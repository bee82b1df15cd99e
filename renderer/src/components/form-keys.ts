import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), [role="spinbutton"]';
const FIELD = 'input, select, textarea, [role="spinbutton"]';

export type FormKeysOptions = {
  /**
   * Enter on the last field submits (a short form: setup, a new staff member). A long form (a
   * beneficiary's file) leaves this off: Enter there only reaches the save button.
   */
  lastSubmits?: boolean;
};

/**
 * Enter moves to the next field instead of submitting: a half-typed form must never be sent by
 * a stray Enter. Ctrl+Enter (or Enter on the save button) saves. Textareas keep their newlines.
 */
export function handleFormKeys(event: KeyboardEvent<HTMLFormElement>, submit: () => void, options: FormKeysOptions = {}): void {
  if (event.key !== 'Enter') return;
  const target = event.target as HTMLElement;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    submit();
    return;
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null && el.tabIndex >= 0);
  // A date field's segments count as one stop: jump past the whole field.
  const group = target.closest('.wasl-date-field');
  const after = fields.filter((el) => (group ? !group.contains(el) : el !== target) && target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (options.lastSubmits && !after.some((el) => el.matches(FIELD))) {
    submit();
    return;
  }
  after[0]?.focus();
}

/** Focuses the first field the validator marked, in reading (and tab) order. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
  first?.scrollIntoView({ block: 'center' });
}
