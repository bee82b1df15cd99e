import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/accounts/claims';
import { filterPulled, scopeOf } from '@shared/accounts/pull-filters';
import { checkPush, operationOf } from '@shared/accounts/push-policy';
import { mayPush, PUSH_RIGHTS } from '@shared/accounts/push-rights';
import { ROLES } from '@shared/staff/roles';
import { isLoopbackHost, loadConfig } from '../../server/config';
import { dropSchema, startTestServer } from './sync-support/harness';

// The pure policy (shared/accounts) on its own, and the TLS option.
const actor = (roles: Actor['roles'], unitIds: string[] = []): Actor => ({ id: 'me', roles, unitIds, deskId: 'desk-1' });
const doc = (fields: Record<string, unknown> = {}) => ({ id: 'd1', deskId: 'desk-1', updatedBy: 'me', _deleted: false, ...fields });

describe('push rights', () => {
  it('admin may do everything; unknown collections accept nobody else', () => {
    for (const collection of [...Object.keys(PUSH_RIGHTS), 'not-yet-landed']) expect(mayPush(['admin'], collection, 'delete')).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'admin')) expect(mayPush([role], 'not-yet-landed', 'create')).toBe(false);
  });

  it('a staff member with several roles has the union of their rights', () => {
    expect(mayPush(['committee-member'], 'beneficiaries', 'create')).toBe(false);
    expect(mayPush(['committee-member', 'field-worker'], 'beneficiaries', 'create')).toBe(true);
  });

  it('operations follow the stored state', () => {
    expect(operationOf(null, doc())).toBe('create');
    expect(operationOf(doc(), doc({ city: 'x' }))).toBe('update');
    expect(operationOf(doc(), doc({ _deleted: true }))).toBe('delete');
    expect(operationOf(doc({ _deleted: true }), doc())).toBe('create');
  });

  it('an edit keeps the document desk or takes its own, never a third', () => {
    const theirs = doc({ deskId: 'desk-2' });
    expect(checkPush(actor(['receptionist']), 'beneficiaries', theirs, { ...theirs, city: 'x' })).toBeNull();
    expect(checkPush(actor(['receptionist']), 'beneficiaries', theirs, { ...theirs, deskId: 'desk-1' })).toBeNull();
    expect(checkPush(actor(['receptionist']), 'beneficiaries', theirs, { ...theirs, deskId: 'desk-3' })?.code).toBe('push.other-desk');
  });
});

describe('pull filters', () => {
  it('scopes are the widest of the roles held', () => {
    expect(scopeOf(['field-worker'], 'requests')).toBe('none');
    expect(scopeOf(['field-worker', 'receptionist'], 'requests')).toBe('all');
    expect(scopeOf(['receptionist'], 'audit')).toBe('own-desk');
    expect(scopeOf(['manager'], 'audit')).toBe('all');
  });

  it('gives a field worker nothing of other desks\' files, not even the duplicate-check fields, tombstones included (data minimisation, policy 3.6b)', () => {
    const mine = doc({ notes: 'a' });
    const theirs = doc({ id: 'd2', deskId: 'desk-2', notes: 'secret', nationalId: '1000000001', fileNumber: 'X-1', _deleted: true });
    const live = doc({ id: 'd3', deskId: 'desk-2', nationalId: '1000000002' });
    expect(filterPulled(actor(['field-worker']), 'beneficiaries', [mine, theirs, live])).toEqual([mine]);
    // Its visits' files it receives in full (policy 3.8c).
    expect(filterPulled(actor(['field-worker']), 'beneficiaries', [mine, theirs, live], [], new Set(['d3']))).toEqual([mine, live]);
    expect(filterPulled(actor(['committee-member']), 'audit', [doc({ deskId: 'desk-2' })])).toEqual([]);
  });
});

describe('TLS', () => {
  it('serves HTTPS with TLS_CERT/TLS_KEY; plain HTTP on a non-loopback address is flagged', async () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('192.168.1.10')).toBe(false);
    expect(() => loadConfig({ TLS_CERT: 'c.pem' }, '/')).toThrow(/TLS_KEY/);

    const dir = await mkdtemp(join(tmpdir(), 'wasl-tls-'));
    const certFile = join(dir, 'cert.pem');
    const keyFile = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
    const server = await startTestServer({ tls: { certFile, keyFile } });
    try {
      expect(server.url).toMatch(/^https:\/\//);
      const ca = await readFile(certFile);
      const body = await new Promise<string>((resolve, reject) => {
        request(`${server.url}/health`, { ca }, (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve(text));
        }).on('error', reject).end();
      });
      expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
    } finally {
      await server.close();
      await dropSchema(server.schema);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
