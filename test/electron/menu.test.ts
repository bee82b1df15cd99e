import { describe, expect, it, vi } from 'vitest';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { applyMenu, menuTemplate, type MenuOptions } from '../../electron/main/menu';
import { MENU_STRINGS } from '../../electron/main/menu-strings';

vi.mock('electron', () => import('./electron-fake'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn();
  const template = menuTemplate({ locale: 'ar', isDev: false, isMac: false, send, ...overrides });
  return { send, template, all: items(template) };
}

describe('application menu', () => {
  it('labels File, View and Help in Arabic and in English', () => {
    expect(build().template.map((item) => item.label)).toEqual(['ملف', 'عرض', 'مساعدة']);
    expect(build({ locale: 'en' }).template.map((item) => item.label)).toEqual(['File', 'View', 'Help']);
  });

  it('sends UI commands to the renderer', () => {
    const { send, all } = build();
    for (const label of [MENU_STRINGS.ar.lock, MENU_STRINGS.ar.signOut, MENU_STRINGS.ar.switchLanguage, MENU_STRINGS.ar.about]) {
      const item = all.find((entry) => entry.label === label);
      (item?.click as (() => void) | undefined)?.();
    }
    expect(send.mock.calls.flat()).toEqual(['lock', 'sign-out', 'switch-language', 'about']);
  });

  it('has quit, zoom and full screen, and reload only in dev', () => {
    const roles = (all: MenuItemConstructorOptions[]) => all.map((item) => item.role).filter(Boolean);
    expect(roles(build().all)).toEqual(['quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'help']);
    expect(roles(build({ isDev: true }).all)).toContain('reload');
    expect(roles(build({ isMac: true }).all)[0]).toBe('appMenu');
  });

  it('labels every item in both languages', () => {
    for (const locale of ['ar', 'en'] as const) {
      const { all } = build({ locale, isDev: true });
      const unlabelled = all.filter((item) => item.type !== 'separator' && item.label === undefined);
      expect(unlabelled).toEqual([]);
    }
  });

  it('installs the built menu as the application menu', () => {
    applyMenu({ locale: 'en', isDev: false, isMac: false, send: vi.fn() });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(expect.objectContaining({ template: expect.any(Array) }));
  });
});
