export type ProbeResult = { reachable: true; status: number } | { reachable: false; reason: string };
export function electronMirror(env?: Record<string, string | undefined>): string;
export function electronArtifactUrl(version: string, env?: Record<string, string | undefined>, platform?: string, arch?: string): string;
export function probeDownloadHost(url: string, options?: { timeoutMs?: number }): Promise<ProbeResult>;
export function formatProgress(progress: { transferred: number; total: number | null }): string;
export function loadElectronGet(): Promise<unknown>;
export function downloadElectronWithProgress(options: { timeoutMs: number; log?: (line: string) => void }): Promise<{ ok: boolean; detail: string }>;
export function electronVersion(): string | null;
