import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, findSubChannel } from '@shared/catalog/channels';
import { fieldId, type SectionProps } from '../form-state';

const label = (entry: { labelAr: string; labelEn: string }, language: string) => (language === 'ar' ? entry.labelAr : entry.labelEn);

/** The agreed channel (policy 3.1): a channel, one of its sub-channels, and the address it needs. */
export function ChannelFields({ form, patch, errorOf, field }: Pick<SectionProps, 'form' | 'patch' | 'errorOf' | 'field'>) {
  const { t, i18n } = useTranslation();
  const channel = CHANNELS.find((c) => c.key === form.channel);
  const kind = findSubChannel(form.channel, form.subChannel)?.addressKind ?? 'none';
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
      <NativeSelect
        id={fieldId('preferredChannel.channel')}
        label={t('registry.field.channel')}
        value={form.channel}
        onChange={(e) => {
          const next = CHANNELS.find((c) => c.key === e.currentTarget.value);
          patch({ channel: next?.key ?? '', subChannel: next?.subChannels[0]?.key ?? '' });
        }}
        data={CHANNELS.map((c) => ({ value: c.key, label: label(c, i18n.language) }))}
        error={errorOf('preferredChannel.channel') ?? errorOf('preferredChannel')}
        required
      />
      <NativeSelect
        label={t('registry.field.subChannel')}
        {...field('subChannel', 'preferredChannel.subChannel')}
        data={(channel?.subChannels ?? []).map((s) => ({ value: s.key, label: label(s, i18n.language) }))}
        required
      />
      {kind !== 'none' && (
        <TextInput
          label={t(`registry.field.channelAddress.${kind}`)}
          description={kind === 'mobile' ? t('registry.field.channelAddressMobileHint') : undefined}
          // Empty means the first mobile: show which number that is now.
          placeholder={kind === 'mobile' ? (form.mobiles[0] ?? '') : undefined}
          dir={kind === 'postal' ? undefined : 'ltr'}
          inputMode={kind === 'mobile' ? 'tel' : kind === 'email' ? 'email' : undefined}
          {...field('channelAddress', 'preferredChannel.address')}
          autoComplete="off"
        />
      )}
    </SimpleGrid>
  );
}
