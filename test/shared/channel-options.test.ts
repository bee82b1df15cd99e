import { describe, expect, it } from 'vitest';
import { CHANNELS, subChannelOptions } from '../../shared/catalog/channels';

const entries = CHANNELS.map((channel) => ({ key: channel.key, active: channel.key !== 'other', labelAr: channel.labelAr, labelEn: channel.labelEn, data: { subChannels: channel.subChannels } }));

describe('sub-channel options (policy 3.1 channels offered on forms)', () => {
  it('lists every sub-channel of the active channels, "channel — sub" only where a channel has several', () => {
    const options = subChannelOptions(entries, (_ar, en) => en);
    const active = CHANNELS.filter((channel) => channel.key !== 'other');
    expect(options).toHaveLength(active.reduce((sum, channel) => sum + channel.subChannels.length, 0));
    expect(options.some((option) => option.channel === 'other')).toBe(false);
    for (const channel of active) {
      for (const sub of channel.subChannels) {
        const option = options.find((candidate) => candidate.channel === channel.key && candidate.subChannel === sub.key);
        expect(option?.label).toBe(channel.subChannels.length > 1 ? `${channel.labelEn} — ${sub.labelEn}` : sub.labelEn);
        expect(option?.addressKind).toBe(sub.addressKind);
      }
    }
  });

  it('offers nothing for a channel entry without sub-channels', () => {
    expect(subChannelOptions([{ key: 'x', active: true, labelAr: 'س', labelEn: 'X', data: null }], (ar) => ar)).toEqual([]);
  });
});
