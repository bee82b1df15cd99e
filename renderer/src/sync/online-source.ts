/** Whether the machine has a network, as the browser sees it; tests pass their own. */
export type OnlineSource = {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
};

export const browserOnlineSource: OnlineSource = {
  isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  subscribe(listener) {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/** Always online (Node tools); a desk in a test can be switched with set(). */
export function manualOnlineSource(initial = true): OnlineSource & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}
