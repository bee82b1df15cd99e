/**
 * Runtime validation of IPC payloads: the main process trusts nothing the renderer sends.
 * Each validator returns the typed request or throws {@link IpcValidationError}.
 */
import { isLocale } from '../i18n/locale';
import { IPC_CHANNELS, type IpcChannel, type IpcContract } from './contract';

export class IpcValidationError extends Error {
  constructor(channel: string, reason: string) {
    super(`Invalid IPC request on ${channel}: ${reason}`);
    this.name = 'IpcValidationError';
  }
}

type Validators = { [C in IpcChannel]: (payload: unknown) => IpcContract[C]['request'] };

function expectNothing(channel: IpcChannel) {
  return (payload: unknown): undefined => {
    if (payload !== undefined && payload !== null) throw new IpcValidationError(channel, 'expected no payload');
    return undefined;
  };
}

const validators: Validators = {
  'app:get-info': expectNothing('app:get-info'),
  'keys:get-storage-secret': expectNothing('keys:get-storage-secret'),
  'keys:get-blind-index-key': expectNothing('keys:get-blind-index-key'),
  'app:set-locale': (payload) => {
    if (typeof payload !== 'object' || payload === null) throw new IpcValidationError('app:set-locale', 'expected an object');
    const keys = Object.keys(payload);
    const locale = (payload as { locale?: unknown }).locale;
    if (keys.length !== 1 || !isLocale(locale)) throw new IpcValidationError('app:set-locale', 'expected { locale: "ar" | "en" }');
    return { locale };
  },
};

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}

export function validateIpcRequest<C extends IpcChannel>(channel: C, payload: unknown): IpcContract[C]['request'] {
  return validators[channel](payload) as IpcContract[C]['request'];
}
