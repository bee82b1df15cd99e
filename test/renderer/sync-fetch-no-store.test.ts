import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshSession, registerDesk, signInOnDesk } from '@shared/accounts/session-client';
import { createSyncClient, type FetchLike } from '@shared/sync/http-client';
import { browserTransport } from '../../renderer/src/sync/browser-transport';

/**
 * Policy 6b: every request a desk makes to the sync server says cache: 'no-store', so the browser
 * keeps no plaintext copy of the answer even from a server (or proxy) that forgot to say so. The
 * server's own no-store is proven over real HTTP in test/server/api-security-headers.test.ts.
 */
function recordingFetch(): { fetch: FetchLike; inits: (RequestInit | undefined)[] } {
  const inits: (RequestInit | undefined)[] = [];
  const fetch: FetchLike = async (_url, init) => {
    inits.push(init);
    return new Response(JSON.stringify({ documents: [], checkpoint: { seq: 0 } }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, inits };
}

afterEach(() => vi.unstubAllGlobals());

describe('desk requests to the sync server are never cached', () => {
  it('pull and push', async () => {
    const { fetch, inits } = recordingFetch();
    const client = createSyncClient({ baseUrl: 'https://sync.example.org', token: 't', collection: 'beneficiaries', fetch });
    await client.pull(undefined, 10);
    await client.push([]);
    expect(inits.map((init) => init?.cache)).toEqual(['no-store', 'no-store']);
  });

  it('desk registration, sign-in and session refresh', async () => {
    const { fetch, inits } = recordingFetch();
    await registerDesk(fetch, 'https://sync.example.org', { registrationCode: 'c', deskCode: 'D', deskName: 'n', publicKey: 'k' });
    await signInOnDesk(fetch, 'https://sync.example.org', 'cred', 'u', 'p');
    await refreshSession(fetch, 'https://sync.example.org', 'r');
    expect(inits.map((init) => init?.cache)).toEqual(['no-store', 'no-store', 'no-store']);
  });

  it("the browser transport's fetch, whatever its caller asked", async () => {
    const seen: (RequestInit | undefined)[] = [];
    vi.stubGlobal('window', { fetch: async (_input: string, init?: RequestInit) => (seen.push(init), new Response('{}')), EventSource: class {} });
    await browserTransport().fetch('https://sync.example.org/desks/keys', { headers: { authorization: 'Bearer t' } });
    expect(seen[0]).toMatchObject({ cache: 'no-store', headers: { authorization: 'Bearer t' } });
  });
});
