import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FILE_SIZE_LIMIT } from '@shared/sync/protocol';
import { type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Synthetic "scan": every byte value, so text decoding anywhere on the way would show.
const scan = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);

describe('content-addressed files', () => {
  it('uploads once, downloads the same bytes, and answers HEAD with the size', async () => {
    const address = sha256(scan);
    const put = await server.fetch(`/files/${address}`, { method: 'PUT', body: scan });
    expect(put.status).toBe(201);
    expect(await put.json()).toEqual({ sha256: address, size: scan.byteLength });
    // Idempotent: the same upload again changes nothing.
    expect((await server.fetch(`/files/${address}`, { method: 'PUT', body: scan })).status).toBe(200);

    const get = await server.fetch(`/files/${address}`);
    expect(get.status).toBe(200);
    expect(get.headers.get('etag')).toBe(`"${address}"`);
    expect(new Uint8Array(await get.arrayBuffer())).toEqual(scan);

    const head = await server.fetch(`/files/${address}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(scan.byteLength));
    expect((await server.fetch(`/files/${'0'.repeat(64)}`, { method: 'HEAD' })).status).toBe(404);
    expect((await (await server.fetch('/metrics')).json()).files).toEqual({ count: 1, bytes: scan.byteLength });
  });

  it('refuses bytes that do not hash to the address', async () => {
    const other = sha256(Uint8Array.of(1, 2, 3));
    const response = await server.fetch(`/files/${other}`, { method: 'PUT', body: scan });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'file.hash-mismatch', details: { actual: sha256(scan) } });
    expect((await server.fetch(`/files/${other}`)).status).toBe(404);
  });

  it('refuses a file over 10 MB and a malformed address', async () => {
    const big = new Uint8Array(FILE_SIZE_LIMIT + 1);
    const response = await server.fetch(`/files/${sha256(big)}`, { method: 'PUT', body: big });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('file.too-large');
    const exact = new Uint8Array(FILE_SIZE_LIMIT);
    expect((await server.fetch(`/files/${sha256(exact)}`, { method: 'PUT', body: exact })).status).toBe(201);
    expect((await server.fetch('/files/ABC', { method: 'PUT', body: scan })).status).toBe(400);
    expect((await server.fetch(`/files/${sha256(scan).toUpperCase()}`)).status).toBe(400);
  });
});
