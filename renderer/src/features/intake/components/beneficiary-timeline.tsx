import { Card, Text, Timeline, Title, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useObservable } from '@renderer/components/use-observable';
import { useLocale } from '@renderer/i18n/use-locale';
import { watchTimeline, type IntakeDeps, type TimelineItem } from '../data';
import { useChannelOptions, optionKey } from '../hooks/use-channels';
import { useBilingual } from '../hooks/use-intake-catalog';
import { useStaffNames } from '../hooks/use-staff-names';

/** One timeline on the beneficiary's file: every request step and every contact, newest first. */
export function BeneficiaryTimeline({ deps, beneficiaryId }: { deps: IntakeDeps; beneficiaryId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Mantine draws the line on the physical left unless told: put it on the reading side.
  const { dir } = useDirection();
  const pick = useBilingual();
  const staffName = useStaffNames(deps.db);
  const channels = useChannelOptions(deps.db);
  const items = useObservable(() => watchTimeline(deps, beneficiaryId), [deps.db, beneficiaryId], null) ?? [];
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(iso));
  const status = (s: string) => t(`intake.status.${s}`);

  const title = (item: TimelineItem): string => {
    if (item.kind === 'request-created') return t('intake.timeline.created', { number: item.requestNumber });
    if (item.kind === 'request-status') return t('intake.timeline.request', { number: item.requestNumber, from: status(item.entry.from), to: status(item.entry.to) });
    const i = item.interaction;
    const channel = channels.find((o) => optionKey(o) === optionKey(i)) ?? null;
    const label = channel?.label ?? i.subChannel;
    // Notices queued for the server and the outcomes it wrote back (the outbox).
    // The notice's outcome follows as its own delivery entries.
    if (i.kind === 'notice') return t('intake.timeline.notice', { channel: label, subject: i.subject });
    if (i.kind === 'delivery') return t('intake.timeline.delivery', { channel: label, state: t(`outbox.states.${i.deliveryState || 'unknown'}`) });
    if (i.kind === 'opt-out' || i.kind === 'opt-in') return t('intake.timeline.consent', { channel: label, choice: t(i.kind === 'opt-out' ? 'outbox.consent.optedOut' : 'outbox.consent.allowed') });
    return t('intake.timeline.interaction', { direction: t(`intake.contact.${i.direction}`), channel: label, subject: i.subject });
  };
  const detail = (item: TimelineItem): string => {
    if (item.kind === 'request-created') return pick(item.requestTypeNameAr, item.requestTypeNameEn);
    if (item.kind === 'request-status') {
      const signed = item.entry.declarationNumber ? t('intake.view.declarationNumber', { number: item.entry.declarationNumber }) : '';
      return [signed, item.entry.reason, item.entry.note].filter(Boolean).join(' — ');
    }
    const i = item.interaction;
    if (i.kind === 'delivery') return i.reason?.startsWith('outbox.') ? t(`outbox.reasons.${i.reason.slice('outbox.'.length)}`) : (i.reason ?? '');
    return i.summary;
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('intake.timeline.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('intake.timeline.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} align={dir === 'rtl' ? 'right' : 'left'} data-testid="timeline">
          {items.map((item, index) => (
            <Timeline.Item key={`${item.kind}-${item.at}-${index}`} title={title(item)} data-testid="timeline-item">
              {detail(item) && (
                <Text size="sm" className="wasl-pre-line">
                  {detail(item)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {when(item.at)} · {t('intake.timeline.by', { name: staffName(item.by) })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
