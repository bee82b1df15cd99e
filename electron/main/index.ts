import { app, BrowserWindow } from 'electron';

// Skeleton: the electron helper replaces this with the hardened shell.
app.whenReady().then(() => {
  const window = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
  void window.loadURL('about:blank');
});
