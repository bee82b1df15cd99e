/**
 * The communication channel catalog of policy 3.1: the eight channels are the top level, each
 * with the sub-channels a beneficiary can agree to be reached on. `addressKind` says what the
 * agreed address is (a mobile number, an e-mail, a postal address, or nothing: an interview
 * happens at the counter). These are seed values: the `catalog` collection holds the desk's
 * copy, which an admin may later relabel or deactivate; keys never change.
 */

/** 'postal' is free text: a postal address, or any address that is not a mobile or e-mail. */
export type AddressKind = 'mobile' | 'email' | 'postal' | 'none';

export interface SubChannel {
  readonly key: string;
  readonly labelAr: string;
  readonly labelEn: string;
  readonly addressKind: AddressKind;
}

export interface Channel {
  readonly key: string;
  readonly labelAr: string;
  readonly labelEn: string;
  readonly subChannels: readonly SubChannel[];
}

export const CHANNELS: readonly Channel[] = [
  {
    key: 'in-person',
    labelAr: 'المقابلة الشخصية',
    labelEn: 'In person',
    subChannels: [{ key: 'interview', labelAr: 'مقابلة', labelEn: 'Interview', addressKind: 'none' }],
  },
  {
    key: 'letters',
    labelAr: 'الخطابات والمراسلات',
    labelEn: 'Letters and correspondence',
    subChannels: [{ key: 'letter', labelAr: 'خطاب', labelEn: 'Letter', addressKind: 'postal' }],
  },
  {
    key: 'social-networks',
    labelAr: 'شبكات التواصل الاجتماعي',
    labelEn: 'Social networks',
    // Reached through the account linked to the beneficiary's mobile number.
    subChannels: [
      { key: 'x', labelAr: 'إكس', labelEn: 'X', addressKind: 'mobile' },
      { key: 'instagram', labelAr: 'إنستغرام', labelEn: 'Instagram', addressKind: 'mobile' },
      { key: 'snapchat', labelAr: 'سناب شات', labelEn: 'Snapchat', addressKind: 'mobile' },
    ],
  },
  {
    key: 'phone',
    labelAr: 'الهاتف',
    labelEn: 'Phone',
    subChannels: [
      { key: 'voice-call', labelAr: 'اتصال صوتي', labelEn: 'Voice call', addressKind: 'mobile' },
      { key: 'sms', labelAr: 'رسالة نصية', labelEn: 'SMS', addressKind: 'mobile' },
      { key: 'whatsapp', labelAr: 'واتساب', labelEn: 'WhatsApp', addressKind: 'mobile' },
    ],
  },
  {
    key: 'fax',
    labelAr: 'الفاكس',
    labelEn: 'Fax',
    // A fax number is a landline, not a mobile: kept as free text like a postal address.
    subChannels: [{ key: 'fax', labelAr: 'فاكس', labelEn: 'Fax', addressKind: 'postal' }],
  },
  {
    key: 'website-email',
    labelAr: 'الموقع الإلكتروني والبريد الإلكتروني',
    labelEn: 'Website and e-mail',
    subChannels: [
      { key: 'email', labelAr: 'بريد إلكتروني', labelEn: 'E-mail', addressKind: 'email' },
      { key: 'web-form', labelAr: 'نموذج الموقع', labelEn: 'Web form', addressKind: 'email' },
    ],
  },
  {
    key: 'volunteering',
    labelAr: 'التطوع',
    labelEn: 'Volunteering',
    subChannels: [{ key: 'volunteering', labelAr: 'تطوع', labelEn: 'Volunteering', addressKind: 'none' }],
  },
  {
    key: 'other',
    labelAr: 'أخرى',
    labelEn: 'Other',
    subChannels: [{ key: 'other', labelAr: 'أخرى', labelEn: 'Other', addressKind: 'postal' }],
  },
];

/** The sub-channel `subKey` of channel `channelKey`, or null when either is unknown. */
export function findSubChannel(
  channelKey: string,
  subKey: string,
  channels: readonly Channel[] = CHANNELS,
): SubChannel | null {
  const channel = channels.find((candidate) => candidate.key === channelKey);
  return channel?.subChannels.find((sub) => sub.key === subKey) ?? null;
}

/** A catalog channel entry as the desk holds it: the sub-channels ride in its `data`. */
type ChannelEntry = { key: string; active: boolean; labelAr: string; labelEn: string; data?: { subChannels?: unknown } | null };

export type SubChannelOption = { channel: string; subChannel: string; label: string; addressKind: SubChannel['addressKind'] };

/**
 * Every active sub-channel as one flat list, labelled "channel — sub-channel" (just the sub-channel
 * when the channel has one): what a form offers for "how did it come / how to answer" (policy 3.1).
 */
export function subChannelOptions(channels: readonly ChannelEntry[], pick: (ar: string, en: string) => string): SubChannelOption[] {
  return channels
    .filter((channel) => channel.active)
    .flatMap((channel) => {
      const subs = Array.isArray(channel.data?.subChannels) ? (channel.data.subChannels as SubChannel[]) : [];
      return subs.map((sub) => ({
        channel: channel.key,
        subChannel: sub.key,
        label: subs.length > 1 ? `${pick(channel.labelAr, channel.labelEn)} — ${pick(sub.labelAr, sub.labelEn)}` : pick(sub.labelAr, sub.labelEn),
        addressKind: sub.addressKind,
      }));
    });
}
