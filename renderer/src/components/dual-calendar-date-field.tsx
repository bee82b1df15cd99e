import { useContext, useEffect, useEffectEvent, useId, useState } from 'react';
import { Group, Input, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField, DateFieldStateContext, DateInput, DateSegment, I18nProvider } from 'react-aria-components';
import { CalendarDate, type DateValue } from '@internationalized/date';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { fromCalendarDate, parseIsoDate } from '@shared/calendar/iso-date';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@shared/i18n/locale';
import '../styles/date-field.css';

/** What the field reports while only some of day / month / year are typed: not a date, and not empty either. */
export const INCOMPLETE_DATE = 'incomplete';

export type CalendarKind = 'hijri' | 'gregorian';

/** BCP 47 tags with the calendar named: 'ar-SA' alone formats Gregorian in current ICU. */
const FIELD_LOCALE: Record<Locale, Record<CalendarKind, string>> = {
  ar: { hijri: 'ar-SA-u-ca-islamic-umalqura', gregorian: 'ar-SA-u-ca-gregory' },
  en: { hijri: 'en-GB-u-ca-islamic-umalqura', gregorian: 'en-GB-u-ca-gregory' },
};

/** Arrow keys on an empty segment start near a plausible adult birth year, not today. */
const PLACEHOLDER = new CalendarDate(1985, 1, 1);

interface DualCalendarDateFieldProps {
  id: string;
  label: string;
  /** ISO Gregorian 'YYYY-MM-DD', '' (empty) or {@link INCOMPLETE_DATE}. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}

/** Reports whether some, but not all, editable segments hold a typed value. */
function IncompleteWatch({ onIncomplete }: { onIncomplete: (incomplete: boolean) => void }) {
  const state = useContext(DateFieldStateContext);
  const editable = state?.segments.filter((s) => s.isEditable) ?? [];
  const filled = editable.filter((s) => !s.isPlaceholder).length;
  const incomplete = filled > 0 && filled < editable.length;
  const report = useEffectEvent((value: boolean) => onIncomplete(value));
  useEffect(() => report(incomplete), [incomplete]);
  return null;
}

/**
 * A birth date typed in Hijri (Umm al-Qura) or Gregorian, always stored as a Gregorian ISO date;
 * the date in the other calendar is shown beside it so the receptionist can check against the card.
 */
export function DualCalendarDateField({ id, label, value, onChange, error, required }: DualCalendarDateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const [calendar, setCalendar] = useState<CalendarKind>('hijri');
  const labelId = useId();
  const errorId = useId();
  const date = parseIsoDate(value);
  const other = date ? (calendar === 'hijri' ? formatGregorian(value, locale) : formatHijri(value, locale)) : null;

  const change = (next: DateValue | null) => {
    // The field hands back Gregorian (the calendar of its value), whatever calendar it displays.
    onChange(next ? fromCalendarDate(new CalendarDate(next.year, next.month, next.day)) : '');
  };
  const onIncomplete = (incomplete: boolean) => {
    if (incomplete && value !== INCOMPLETE_DATE) onChange(INCOMPLETE_DATE);
    else if (!incomplete && value === INCOMPLETE_DATE) onChange('');
  };

  return (
    <div id={id} className="wasl-date-field">
      <Input.Label id={labelId} required={required}>
        {label}
      </Input.Label>
      <Group gap="sm" wrap="wrap" align="center">
        <I18nProvider locale={FIELD_LOCALE[locale][calendar]}>
          <DateField
            key={calendar}
            value={date}
            onChange={change}
            placeholderValue={PLACEHOLDER}
            aria-labelledby={labelId}
            aria-describedby={error ? errorId : undefined}
            isInvalid={Boolean(error)}
            validationBehavior="aria"
            className="wasl-date-field-control"
          >
            <DateInput className="wasl-date-input">{(segment) => <DateSegment segment={segment} className="wasl-date-segment" />}</DateInput>
            <IncompleteWatch onIncomplete={onIncomplete} />
          </DateField>
        </I18nProvider>
        <SegmentedControl
          size="xs"
          value={calendar}
          onChange={(next) => setCalendar(next === 'gregorian' ? 'gregorian' : 'hijri')}
          aria-label={t('dateField.calendar')}
          data={[
            { value: 'hijri', label: t('dateField.hijri') },
            { value: 'gregorian', label: t('dateField.gregorian') },
          ]}
        />
        <Text size="sm" c="dimmed" data-testid={`${id}-other-calendar`} aria-live="polite">
          {other ? t(calendar === 'hijri' ? 'dateField.gregorianIs' : 'dateField.hijriIs', { date: other }) : t(calendar === 'hijri' ? 'dateField.typeHijri' : 'dateField.typeGregorian')}
        </Text>
      </Group>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
    </div>
  );
}

