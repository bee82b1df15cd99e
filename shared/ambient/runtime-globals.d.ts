/**
 * The web-platform globals shared/ may use: each exists in every process that runs shared/ code
 * (Node 22+, Chromium windows and workers, Electron's main process). Declared here with only the
 * members shared/ uses, for shared/tsconfig.json, which has no DOM library and no Node types; the
 * full compile (tsconfig.json) checks the same code against the real DOM and Node declarations,
 * and leaves this folder out. Anything else a process owns (crypto keys, fetch itself, storage)
 * is passed in by the caller.
 */

declare function btoa(data: string): string;
declare function atob(data: string): string;
declare function structuredClone<T>(value: T): T;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** What a passed-in fetch answers (shared/sync/http-client.ts, shared/accounts/session-client.ts). */
interface Response {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  json(): Promise<unknown>;
}

/** What shared/ hands to a passed-in fetch. */
interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  cache?: 'default' | 'force-cache' | 'no-cache' | 'no-store' | 'only-if-cached' | 'reload';
}
