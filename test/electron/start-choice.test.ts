/**
 * `npm start` on a machine that cannot reach the Electron download host: a short probe finds out in seconds
 * (not after the 180 s download timeout), and the start line says which build started and why. Real HTTP
 * servers on 127.0.0.1: one that never answers, one that answers, and a closed port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronArtifactUrl, formatProgress, probeDownloadHost } from '../../electron/download-host.mjs';
import { chooseBuild, startMessage } from '../../electron/start-plan.mjs';

const servers: Server[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

let silentPort = 0;
let answeringPort = 0;
let closedPort = 0;
beforeAll(async () => {
  // Accepts the connection and never answers: a firewall that drops, or a captive network.
  silentPort = await listen(() => {});
  answeringPort = await listen((request, response) => {
    response.writeHead(302, { location: 'https://objects.example/electron.zip' }).end();
  });
  closedPort = await listen(() => {});
  const last = servers.pop();
  await new Promise((resolve) => last?.close(resolve));
});
afterAll(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

const zip = (port: number) => `http://127.0.0.1:${port}/v45.5.0/electron-v45.5.0-linux-x64.zip`;

describe('probe of the Electron download host', () => {
  it('reports a host that never answers as unreachable within seconds', async () => {
    const started = performance.now();
    const result = await probeDownloadHost(zip(silentPort));
    const seconds = (performance.now() - started) / 1000;
    expect(result).toEqual({ reachable: false, reason: 'no answer within 4 s' });
    expect(seconds).toBeLessThan(10);
  });

  it('reports a closed port as unreachable at once', async () => {
    const started = performance.now();
    expect(await probeDownloadHost(zip(closedPort))).toEqual({ reachable: false, reason: 'connection refused' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reports a host that answers (a redirect to the file, as github.com does) as reachable', async () => {
    expect(await probeDownloadHost(zip(answeringPort))).toEqual({ reachable: true, status: 302 });
  });

  it('probes the host @electron/get downloads from: ELECTRON_MIRROR, else github.com', () => {
    expect(new URL(electronArtifactUrl('45.5.0', {}, 'linux', 'x64')).href).toBe(
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip',
    );
    expect(electronArtifactUrl('45.5.0', { ELECTRON_MIRROR: 'https://mirror.example/electron/' }, 'linux', 'x64')).toBe(
      'https://mirror.example/electron/v45.5.0/electron-v45.5.0-linux-x64.zip',
    );
  });
});

describe('which build npm start runs, and why', () => {
  const missing = { found: false as const, reason: 'no Electron binary at node_modules/electron/dist/electron' };

  it('starts the browser build without downloading when the host is unreachable, and says so plainly', async () => {
    const download = vi.fn(async () => ({ ok: true, detail: 'downloaded' }));
    const started = performance.now();
    const choice = await chooseBuild({
      web: false,
      find: () => missing,
      canDownload: true,
      downloadUrl: zip(silentPort),
      probe: (url) => probeDownloadHost(url),
      download,
      runProblem: () => null,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(download).not.toHaveBeenCalled();
    expect(choice).toEqual({ build: 'browser', cause: 'unreachable', host: `127.0.0.1:${silentPort}`, reason: 'no answer within 4 s' });
    expect(startMessage(choice, 'http://127.0.0.1:4173/').split('\n')[0]).toBe(
      `Started the browser build at http://127.0.0.1:4173/ because the Electron binary could not be downloaded from 127.0.0.1:${silentPort} (no answer within 4 s).`,
    );
  });

  it('downloads when the host answers, then starts the desktop app', async () => {
    let downloaded = false;
    const choice = await chooseBuild({
      web: false,
      find: () => (downloaded ? { found: true, path: '/opt/electron/electron' } : missing),
      canDownload: true,
      downloadUrl: zip(answeringPort),
      probe: (url) => probeDownloadHost(url),
      download: async () => {
        downloaded = true;
        return { ok: true, detail: 'downloaded' };
      },
      runProblem: () => null,
    });
    expect(choice).toEqual({ build: 'electron', binary: '/opt/electron/electron' });
    expect(startMessage(choice, 'http://127.0.0.1:4173/')).toMatch(/^Started the desktop app \(Electron \/opt\/electron\/electron\)/);
  });

  it('names a failed download, a binary that cannot run, and --web', async () => {
    const base = { find: () => missing, canDownload: true, downloadUrl: zip(answeringPort), probe: probeDownloadHost, runProblem: () => null };
    const failed = await chooseBuild({ ...base, web: false, download: async () => ({ ok: false, detail: 'download failed: HTTP 404' }) });
    expect(startMessage(failed, 'http://127.0.0.1:4173/')).toContain(
      `because the Electron download from 127.0.0.1:${answeringPort} failed (download failed: HTTP 404)`,
    );
    const cannotRun = await chooseBuild({
      ...base,
      web: false,
      find: () => ({ found: true, path: '/x/electron' }),
      download: vi.fn(),
      runProblem: () => 'no display server',
    });
    expect(startMessage(cannotRun, 'http://127.0.0.1:4173/')).toContain('because the Electron binary cannot run here (no display server)');
    const asked = await chooseBuild({ ...base, web: true, download: vi.fn() });
    expect(startMessage(asked, 'http://127.0.0.1:4173/').split('\n')[0]).toBe('Started the browser build at http://127.0.0.1:4173/ because it was asked for (--web).');
  });

  it('shows a real download as percentage and megabytes', () => {
    expect(formatProgress({ transferred: 45_100_000, total: 107_300_000 })).toBe('42% (45.1 of 107.3 MB)');
    expect(formatProgress({ transferred: 2_000_000, total: null })).toBe('2.0 MB');
  });
});
