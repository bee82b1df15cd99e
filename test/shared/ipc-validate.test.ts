import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { isIpcChannel, IpcValidationError, validateIpcRequest } from '../../shared/ipc/validate';

describe('isIpcChannel', () => {
  it('knows exactly the contract channels', () => {
    for (const channel of IPC_CHANNELS) expect(isIpcChannel(channel)).toBe(true);
    for (const value of ['menu:command', 'app:get-info ', 'APP:GET-INFO', 'fs:read', '', 42, null, undefined, {}]) {
      expect(isIpcChannel(value)).toBe(false);
    }
  });
});

describe('validateIpcRequest', () => {
  it.each(['app:get-info', 'keys:get-storage-secret', 'keys:get-blind-index-key'] as const)('%s takes no payload', (channel) => {
    expect(validateIpcRequest(channel, undefined)).toBeUndefined();
    // Structured clone turns an omitted argument into null on some paths; both mean "nothing".
    expect(validateIpcRequest(channel, null)).toBeUndefined();
    for (const payload of [{}, 0, '', 'x', [], { locale: 'ar' }]) {
      expect(() => validateIpcRequest(channel, payload)).toThrow(IpcValidationError);
    }
  });

  it('app:set-locale takes exactly { locale: "ar" | "en" }', () => {
    expect(validateIpcRequest('app:set-locale', { locale: 'ar' })).toEqual({ locale: 'ar' });
    expect(validateIpcRequest('app:set-locale', { locale: 'en' })).toEqual({ locale: 'en' });
  });

  it.each([undefined, null, 'en', ['en'], {}, { locale: 'fr' }, { locale: 'EN' }, { locale: 1 }, { locale: 'en', extra: true }])(
    'app:set-locale refuses %j',
    (payload) => {
      expect(() => validateIpcRequest('app:set-locale', payload)).toThrow(IpcValidationError);
    },
  );

  it('returns a fresh object, not the caller’s', () => {
    const payload = { locale: 'en' };
    expect(validateIpcRequest('app:set-locale', payload)).not.toBe(payload);
  });

  it('names the channel in the error', () => {
    expect(() => validateIpcRequest('app:set-locale', { locale: 'fr' })).toThrow(/app:set-locale/);
  });
});
