import { describe, expect, it, vi } from 'vitest';
import { ipcMain, type WebContents } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { IpcValidationError } from '../../shared/ipc/validate';
import {
  createIpcDispatcher,
  IpcRejectedError,
  registerIpcHandlers,
  type IpcSenderEvent,
} from '../../electron/main/ipc';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';

vi.mock('electron', () => import('./electron-fake'));

type Frame = NonNullable<IpcSenderEvent['senderFrame']>;

/** A window's web contents and frames, reduced to what the gate reads. */
function fakeWindow(url = 'app://wasl/index.html') {
  const contents = {} as WebContents;
  const mainFrame = { parent: null, url } as unknown as Frame;
  const subFrame = { parent: mainFrame, url } as unknown as Frame;
  return { contents, mainFrame, subFrame };
}

function setup(devUrl?: string) {
  const window = fakeWindow();
  const setLocale = vi.fn();
  const handlers = createIpcHandlers({
    version: '0.1.0',
    platform: 'linux',
    setLocale,
    getStorageSecret: async () => ({ secret: 'a'.repeat(64), protection: 'os' }),
    getBlindIndexKey: async () => ({ key: 'b'.repeat(64), protection: 'os' }),
    wipeKeys: vi.fn(),
    pdf: { save: vi.fn(), print: vi.fn() }, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() },
  });
  const dispatch = createIpcDispatcher(handlers, { trustedContents: () => window.contents, devUrl });
  const event = (overrides: Partial<IpcSenderEvent> = {}): IpcSenderEvent => ({
    sender: window.contents,
    senderFrame: window.mainFrame,
    ...overrides,
  });
  return { window, setLocale, dispatch, event };
}

describe('IPC gate', () => {
  it('answers a valid call from the main frame of our window', async () => {
    const { dispatch, event, setLocale } = setup();
    await expect(dispatch(event(), 'app:get-info', undefined)).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
      platform: 'linux',
    });
    await expect(dispatch(event(), 'app:set-locale', { locale: 'en' })).resolves.toBeUndefined();
    expect(setLocale).toHaveBeenCalledWith('en');
    await expect(dispatch(event(), 'keys:get-storage-secret', undefined)).resolves.toMatchObject({ protection: 'os' });
    await expect(dispatch(event(), 'keys:get-blind-index-key', undefined)).resolves.toEqual({ key: 'b'.repeat(64), protection: 'os' });
    await expect(dispatch(event(), 'keys:get-blind-index-key', { key: 'x' })).rejects.toThrow(IpcValidationError);
  });

  it('rejects another web contents', async () => {
    const { dispatch, event } = setup();
    const other = fakeWindow();
    await expect(dispatch(event({ sender: other.contents, senderFrame: other.mainFrame }), 'app:get-info', undefined)).rejects.toThrow(
      /not the Wasl window/,
    );
  });

  it('rejects a subframe and a vanished frame', async () => {
    const { dispatch, event, window } = setup();
    await expect(dispatch(event({ senderFrame: window.subFrame }), 'app:get-info', undefined)).rejects.toThrow(/subframe/);
    await expect(dispatch(event({ senderFrame: null }), 'app:get-info', undefined)).rejects.toThrow(/frame is gone/);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank', 'http://localhost:5173/'])(
    'rejects a frame showing %s',
    async (url) => {
      const { dispatch, event, window } = setup();
      const frame = { ...window.mainFrame, url } as Frame;
      await expect(dispatch(event({ senderFrame: frame }), 'app:get-info', undefined)).rejects.toBeInstanceOf(IpcRejectedError);
    },
  );

  it('accepts the dev server origin only when running electron-vite dev', async () => {
    const { dispatch, event, window } = setup('http://localhost:5173');
    const frame = { ...window.mainFrame, url: 'http://localhost:5173/#/staff' } as Frame;
    await expect(dispatch(event({ senderFrame: frame }), 'app:get-info', undefined)).resolves.toMatchObject({ shell: 'electron' });
    const elsewhere = { ...window.mainFrame, url: 'http://localhost:6000/' } as Frame;
    await expect(dispatch(event({ senderFrame: elsewhere }), 'app:get-info', undefined)).rejects.toThrow(/not an app page/);
  });

  it('rejects invalid payloads before the handler runs', async () => {
    const { dispatch, event, setLocale } = setup();
    await expect(dispatch(event(), 'app:set-locale', { locale: 'fr' })).rejects.toBeInstanceOf(IpcValidationError);
    await expect(dispatch(event(), 'app:set-locale', { locale: 'en', extra: 1 })).rejects.toBeInstanceOf(IpcValidationError);
    await expect(dispatch(event(), 'app:get-info', { sneaky: true })).rejects.toBeInstanceOf(IpcValidationError);
    expect(setLocale).not.toHaveBeenCalled();
  });

  it('rejects unknown channels', async () => {
    const { dispatch, event } = setup();
    await expect(dispatch(event(), 'fs:read', '/etc/passwd')).rejects.toThrow(/unknown channel/);
  });

  it('rejects every call once the window is gone', async () => {
    const window = fakeWindow();
    const handlers = createIpcHandlers({ version: '1', platform: 'linux', setLocale: vi.fn(), getStorageSecret: vi.fn(), getBlindIndexKey: vi.fn(), wipeKeys: vi.fn(), pdf: { save: vi.fn(), print: vi.fn() }, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() } });
    const dispatch = createIpcDispatcher(handlers, { trustedContents: () => null, devUrl: undefined });
    await expect(dispatch({ sender: window.contents, senderFrame: window.mainFrame }, 'app:get-info', undefined)).rejects.toThrow(
      IpcRejectedError,
    );
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, each behind the gate', async () => {
    const window = fakeWindow();
    const handlers = createIpcHandlers({ version: '2.0.0', platform: 'win32', setLocale: vi.fn(), getStorageSecret: vi.fn(), getBlindIndexKey: vi.fn(), wipeKeys: vi.fn(), pdf: { save: vi.fn(), print: vi.fn() }, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() } });
    registerIpcHandlers(handlers, { trustedContents: () => window.contents, devUrl: undefined });
    const calls = vi.mocked(ipcMain.handle).mock.calls;
    expect(calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS]);
    const getInfo = calls.find(([channel]) => channel === 'app:get-info')?.[1] as (event: unknown, payload: unknown) => Promise<unknown>;
    await expect(getInfo({ sender: window.contents, senderFrame: window.mainFrame }, undefined)).resolves.toMatchObject({
      version: '2.0.0',
    });
    await expect(getInfo({ sender: {}, senderFrame: window.mainFrame }, undefined)).rejects.toThrow(IpcRejectedError);
  });
});
