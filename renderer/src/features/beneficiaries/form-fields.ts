import type { GetInputProps } from '@mantine/form';
import { fieldId, type FormPatch, type FormState, type SectionProps } from './form-state';

/**
 * What the sections of the form get: each input's props from the form (@mantine/form's
 * getInputProps) under the id and the translated error of the path the shared validator names it
 * by. The first mobile also shows why a file has no mobile, or that it needs one.
 */
export function sectionFields(form: FormState, patch: FormPatch, inputProps: GetInputProps<FormState>, errors: Readonly<Record<string, string>>, t: (key: string) => string): SectionProps {
  const errorOf = (path: string): string | undefined => {
    const code = errors[path] ?? (path === 'mobiles.0' && !form.noMobile ? (errors['noMobileReason'] ?? errors['mobiles']) : undefined);
    return code ? t(`errors.${code}`) : undefined;
  };
  return {
    form,
    patch,
    errorOf,
    field: (path, errorPath = path) => {
      const { value, onChange } = inputProps(path);
      return { id: fieldId(errorPath), value: typeof value === 'string' ? value : '', onChange, error: errorOf(errorPath) };
    },
    check: (path) => {
      const { checked, onChange } = inputProps(path, { type: 'checkbox' });
      return { id: fieldId(path), checked: checked === true, onChange, error: errorOf(path) };
    },
  };
}
