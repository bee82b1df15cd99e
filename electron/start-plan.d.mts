import type { ElectronBinary } from './locate-binary.mjs';

export type StartChoice =
  | { build: 'electron'; binary: string }
  | { build: 'browser'; cause: 'asked' }
  | { build: 'browser'; cause: 'unreachable' | 'download-failed'; host: string; reason: string }
  | { build: 'browser'; cause: 'no-binary' | 'cannot-run'; reason: string };

export function chooseBuild(deps: {
  web: boolean;
  find: () => ElectronBinary;
  canDownload: boolean;
  downloadUrl: string;
  probe: (url: string) => Promise<{ reachable: boolean; reason?: string }>;
  download: () => Promise<{ ok: boolean; detail: string }>;
  runProblem: (binary: string) => string | null;
}): Promise<StartChoice>;
export function startMessage(choice: StartChoice, url: string): string;
