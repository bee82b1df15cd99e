import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '@shared/intake/request-type';
import { useLocale } from '@renderer/i18n/use-locale';

/**
 * A refused action, translated. When the completeness gate refuses, the missing lines are listed by name;
 * a step that threw carries the translation key of why (`reason`, shared/errors.ts), never the exception's text.
 */
export type Refusal = { code: string; missing?: readonly Requirement[]; reason?: string };

export function RefusalAlert({ refusal }: { refusal: Refusal | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!refusal) return null;
  if (refusal.code === 'transition.incomplete' && refusal.missing && refusal.missing.length > 0) {
    return (
      <Alert color="red" role="alert" title={t('intake.incomplete')} data-testid="missing-list">
        <List size="sm">
          {refusal.missing.map((r) => (
            <List.Item key={r.id}>{locale === 'ar' ? r.labelAr : r.labelEn}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert">
      {t(`errors.${refusal.code}`, { message: refusal.reason ? t(refusal.reason) : '' })}
    </Alert>
  );
}
