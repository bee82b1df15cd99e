import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand, WaslBridge } from '@shared/ipc/contract';

/** Routes the application menu's commands (Electron only; the browser bridge never emits). */
export function useMenuCommands(bridge: WaslBridge, handlers: Record<MenuCommand, () => void>): void {
  // An effect event always sees the latest handlers without resubscribing on every render.
  const onCommand = useEffectEvent((command: MenuCommand) => handlers[command]());
  useEffect(() => bridge.on('menu:command', (command) => onCommand(command)), [bridge]);
}
