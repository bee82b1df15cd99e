import { useEffect, useRef } from 'react';
import type { MenuCommand, WaslBridge } from '@shared/ipc/contract';

/** Routes the application menu's commands (Electron only; the browser bridge never emits). */
export function useMenuCommands(bridge: WaslBridge, handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => bridge.on('menu:command', (command) => latest.current[command]()), [bridge]);
}
