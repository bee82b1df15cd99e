/**
 * The application menu, labelled in the current locale. Commands that belong to the UI (lock, sign out,
 * switch language, about) are sent to the renderer as 'menu:command' events; main decides nothing.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locale';
import { MENU_STRINGS } from './menu-strings';

export interface MenuOptions {
  locale: Locale;
  /** electron-vite dev: adds reload and developer tools. */
  isDev: boolean;
  isMac: boolean;
  send: (command: MenuCommand) => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const s = MENU_STRINGS[options.locale];
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => options.send(name),
    ...(accelerator === undefined ? {} : { accelerator }),
  });
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload', label: s.reload }, { role: 'toggleDevTools', label: s.toggleDevTools }, { type: 'separator' }]
    : [];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: s.file,
      submenu: [
        command(s.lock, 'lock', 'CmdOrCtrl+L'),
        command(s.signOut, 'sign-out'),
        { type: 'separator' },
        { role: 'quit', label: s.quit },
      ],
    },
    {
      label: s.view,
      submenu: [
        command(s.switchLanguage, 'switch-language'),
        { type: 'separator' },
        ...devItems,
        { role: 'zoomIn', label: s.zoomIn },
        { role: 'zoomOut', label: s.zoomOut },
        { role: 'resetZoom', label: s.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: s.fullScreen },
      ],
    },
    { label: s.help, role: 'help', submenu: [command(s.about, 'about')] },
  ];
}

export function applyMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
