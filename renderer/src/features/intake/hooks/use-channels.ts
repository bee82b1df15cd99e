import { useMemo } from 'react';
import { subChannelOptions, type SubChannelOption } from '@shared/catalog/channels';
import type { WaslDatabase } from '@renderer/db/database';
import { useBilingual, useLabelled } from './use-intake-catalog';

export type ChannelOption = SubChannelOption;

/** Every active sub-channel of the catalog as one flat list, labelled "channel — sub-channel". */
export function useChannelOptions(db: WaslDatabase): ChannelOption[] {
  const channels = useLabelled(db, 'channel');
  const pick = useBilingual();
  return useMemo(() => subChannelOptions(channels, pick), [channels, pick]);
}

export const optionKey = (o: { channel: string; subChannel: string }): string => `${o.channel}/${o.subChannel}`;
