export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };
export function findElectronBinary(): ElectronBinary;
export function downloadElectronBinary(options?: { timeoutMs?: number; quiet?: boolean }): { ok: boolean; detail: string };
export function locateElectronBinary(options?: { download?: boolean; timeoutMs?: number; quiet?: boolean }): ElectronBinary;
export function displayProblem(): string | null;
