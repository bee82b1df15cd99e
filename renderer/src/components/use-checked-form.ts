import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, Result } from '@shared/result';
import { focusFirstInvalid, handleFormKeys } from './form-keys';

/** A shared validator: the typed values in; the checked value, or each failing field's error code. */
export type FormValidator<V, T> = (values: V) => Result<T, FieldErrors<string>>;

/**
 * The one adapter between the two error shapes: a validator's refusal (FieldErrors) and Mantine's
 * error map are both field path → error code; this keeps only the fields that carry a code.
 */
export function errorMap(errors: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

export type CheckedFormOptions<V, T> = {
  initialValues: V;
  validator: FormValidator<V, T>;
  /**
   * 'next': Enter moves to the next field, never submits (a long form); 'next-then-submit': the
   * same, and Enter on the last field submits (a short form). Omitted: Enter submits, as in HTML.
   */
  enter?: 'next' | 'next-then-submit';
  onValuesChange?: (values: V, previous: V) => void;
  /** Off: a field's error stays when it is typed in (the caller checks it again, see form-recheck.ts). */
  clearErrorOnChange?: boolean;
};

export type CheckedForm<V, T> = {
  form: UseFormReturnType<V, Result<T, FieldErrors<string>>>;
  /**
   * Props of the <form>: submit runs the shared validator and calls onValid only with its checked
   * value; onInvalid (e.g. clearing the last save's message) when it refuses.
   */
  formProps: (
    onValid: (value: T) => unknown,
    onInvalid?: (errors: Record<string, string>) => void,
  ) => {
    ref: React.RefObject<HTMLFormElement | null>;
    noValidate: true;
    onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
    onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  };
  /** Refusals found after the shared rules (the database, the server): shown on their fields, the first focused. */
  showErrors: (errors: FieldErrors<string>) => void;
};

/**
 * A form on @mantine/form with a shared validator plugged in: the errors are the validator's codes
 * (kept as codes and translated as they are shown, so a language switch translates them too),
 * nothing reaches onValid unless the validator passes, and the first invalid field takes the focus.
 */
export function useCheckedForm<V extends object, T>({ initialValues, validator, enter, onValuesChange, clearErrorOnChange = true }: CheckedFormOptions<V, T>): CheckedForm<V, T> {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const [focusTurn, setFocusTurn] = useState(0);
  const form = useForm<V, Result<T, FieldErrors<string>>>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const checked = validator(values);
      return checked.ok ? {} : errorMap(checked.error);
    },
    transformValues: validator,
    clearInputErrorOnChange: clearErrorOnChange,
    ...(onValuesChange ? { onValuesChange } : {}),
    enhanceGetInputProps: ({ inputProps }) => {
      const code: unknown = inputProps.error;
      return { error: typeof code === 'string' && code !== '' ? t(`errors.${code}`) : undefined };
    },
  });
  useEffect(() => {
    if (focusTurn > 0) focusFirstInvalid(ref.current);
  }, [focusTurn]);
  const focusInvalid = () => setFocusTurn((n) => n + 1);

  return {
    form,
    formProps: (onValid, onInvalid) => ({
      ref,
      noValidate: true,
      onSubmit: form.onSubmit((checked) => {
        if (checked.ok) void onValid(checked.value);
      }, (errors) => {
        onInvalid?.(errorMap(errors));
        focusInvalid();
      }),
      ...(enter ? { onKeyDown: (event: KeyboardEvent<HTMLFormElement>) => handleFormKeys(event, () => ref.current?.requestSubmit(), { lastSubmits: enter === 'next-then-submit' }) } : {}),
    }),
    showErrors: (errors) => {
      form.setErrors(errorMap(errors));
      focusInvalid();
    },
  };
}
