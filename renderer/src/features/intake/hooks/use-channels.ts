import { useMemo } from 'react';
import type { SubChannel } from '@shared/catalog/channels';
import type { WaslDatabase } from '@renderer/db/database';
import { useBilingual, useLabelled } from './use-intake-catalog';

export type ChannelOption = { channel: string; subChannel: string; label: string; addressKind: SubChannel['addressKind'] };

/** Every active sub-channel of the catalog as one flat list, labelled "channel — sub-channel". */
export function useChannelOptions(db: WaslDatabase): ChannelOption[] {
  const channels = useLabelled(db, 'channel');
  const pick = useBilingual();
  return useMemo(
    () =>
      channels
        .filter((c) => c.active)
        .flatMap((c) => {
          const subs = Array.isArray(c.data?.subChannels) ? (c.data.subChannels as SubChannel[]) : [];
          return subs.map((s) => ({
            channel: c.key,
            subChannel: s.key,
            label: subs.length > 1 ? `${pick(c.labelAr, c.labelEn)} — ${pick(s.labelAr, s.labelEn)}` : pick(s.labelAr, s.labelEn),
            addressKind: s.addressKind,
          }));
        }),
    [channels, pick],
  );
}

export const optionKey = (o: { channel: string; subChannel: string }): string => `${o.channel}/${o.subChannel}`;
