/**
 * The gate in front of every IPC handler: the call must come from the main frame of our window showing one
 * of our pages, on a contract channel, with a payload that passes the shared validator. Anything else is
 * rejected before a handler runs.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type IpcContract } from '../../shared/ipc/contract';
import { isIpcChannel, validateIpcRequest } from '../../shared/ipc/validate';
import { isAppUrl } from './security';

export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcContract[C]['request']) => Promise<IpcContract[C]['response']> | IpcContract[C]['response'];
};

export class IpcRejectedError extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC call on ${channel} rejected: ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

/** The parts of an invoke event the gate looks at. */
export type IpcSenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface IpcGateOptions {
  /** The web contents of our window, or null before it exists / after it closed. */
  trustedContents: () => WebContents | null;
  devUrl: string | undefined;
}

/** Why the sender is not trusted, or null when it is. */
export function senderProblem(event: IpcSenderEvent, options: IpcGateOptions): string | null {
  const contents = options.trustedContents();
  if (contents === null || event.sender !== contents) return 'sender is not the Wasl window';
  const frame = event.senderFrame;
  if (frame === null) return 'sender frame is gone';
  if (frame.parent !== null) return 'sender is a subframe';
  if (!isAppUrl(frame.url, options.devUrl)) return 'sender frame is not an app page';
  return null;
}

export function createIpcDispatcher(handlers: IpcHandlers, options: IpcGateOptions) {
  return async (event: IpcSenderEvent, channel: string, payload: unknown): Promise<unknown> => {
    if (!isIpcChannel(channel)) throw new IpcRejectedError(channel, 'unknown channel');
    const problem = senderProblem(event, options);
    if (problem !== null) throw new IpcRejectedError(channel, problem);
    const request = validateIpcRequest(channel, payload);
    const handler = handlers[channel] as (request: unknown) => unknown;
    return handler(request);
  };
}

export function registerIpcHandlers(handlers: IpcHandlers, options: IpcGateOptions): void {
  const dispatch = createIpcDispatcher(handlers, options);
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(event, channel, payload));
  }
}
