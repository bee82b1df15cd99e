import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { watchProblems } from './fixtures';
import { FATIMA, fillPerson, openNewFile, saveAndExpectFile, search } from './registry-flows';
import { tr } from './ar-strings';
import { dumpIndexedDb } from './indexeddb-dump';

/**
 * Two desks join one association's real server (no development token: real accounts, real roles)
 * through first-run setup, and two staff members with different roles sign in on them: each desk
 * shows and does only what its role allows, and the server refuses what a role lacks even when a
 * desk's own session tries it. The server's first admin comes from its setup command.
 */
const PORT = Number(process.env.WASL_E2E_ACCOUNTS_PORT ?? 8798);
const SERVER = `http://127.0.0.1:${PORT}`;
const ROOT = resolve(import.meta.dirname, '../..');
const ADMIN = { username: 'admin', name: 'مشرف الجمعية', password: 'Kadi-Server-Admin-2026' };
const CLERK = { username: 'sara.r', name: 'سارة القحطاني', password: 'Reception-Desk-77' };
const OFFICER = { username: 'omar.f', name: 'عمر الدوسري', password: 'Follow-Up-Desk-88' };
const ASSOCIATION = 'جمعية قادي الخيرية';

function run(args: string[], env: Record<string, string>, stdin?: string): ChildProcess {
  // Node itself with tsx's loader: one process, so killing it really stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.end(stdin ?? '');
  return child;
}

const test = base.extend<object, { server: string }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'wasl-e2e-accounts-'));
      const env = { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, DEV_TOKEN: '', DATABASE_URL: '' };
      const setup = run(['setup-admin', '--username', ADMIN.username, '--display-name', ADMIN.name, '--password-stdin'], env, `${ADMIN.password}\n`);
      expect(await new Promise((done) => setup.once('exit', done))).toBe(0);
      const child = run([], env);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const deadline = Date.now() + 60_000;
      while (!(await fetch(`${SERVER}/health`).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
        await new Promise((done) => setTimeout(done, 250));
      }
      await use(SERVER);
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

async function api(path: string, body?: unknown, token?: string): Promise<Response> {
  return fetch(`${SERVER}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function adminToken(): Promise<string> {
  return ((await (await api('/auth/sign-in', { username: ADMIN.username, password: ADMIN.password })).json()) as { accessToken: string }).accessToken;
}

async function registrationCode(token: string): Promise<string> {
  return ((await (await api('/desks/registration-codes', {}, token)).json()) as { code: string }).code;
}

/** The access token the desk stored from its last online sign-in (desk settings, a local document). */
/**
 * The bearer token a desk really sends to the server (its tokens are sealed at rest, so the test
 * reads them off the wire): the Authorization header, or the stream's access_token.
 */
const sentTokens = new WeakMap<Page, string>();
function watchTokens(page: Page): void {
  page.on('request', (request) => {
    if (!request.url().startsWith(SERVER)) return;
    const header = request.headers()['authorization'];
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : new URL(request.url()).searchParams.get('access_token');
    if (token) sentTokens.set(page, token);
  });
}
async function deskSessionToken(page: Page): Promise<string> {
  await expect.poll(() => sentTokens.get(page), { timeout: 30_000 }).toBeTruthy();
  return sentTokens.get(page) as string;
}

async function fillJoin(page: Page, values: { code: string; deskName: string; deskCode: string }): Promise<void> {
  const box = (key: string) => page.getByRole('textbox', { name: tr(key), exact: true });
  await box('join.serverUrl').fill(SERVER);
  await box('join.registrationCode').fill(values.code);
  await box('setup.associationName').fill(ASSOCIATION);
  await box('setup.deskName').fill(values.deskName);
  await box('setup.deskCode').fill(values.deskCode);
  await page.getByRole('button', { name: tr('join.submit') }).click();
}

async function signIn(page: Page, who: { username: string; password: string; name: string }): Promise<void> {
  await page.getByRole('textbox', { name: tr('signIn.username') }).fill(who.username);
  await page.getByRole('textbox', { name: tr('signIn.password') }).fill(who.password);
  await page.getByRole('button', { name: tr('signIn.submit') }).click();
  await expect(page.getByRole('heading', { name: tr('home.welcome', { name: who.name }) })).toBeVisible({ timeout: 20_000 });
}

const synced = (page: Page) => expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 30_000 });
const navLink = (page: Page, key: string) => page.getByRole('navigation').getByRole('link', { name: tr(key) });
/** Refusals the test provokes on purpose show as failed loads in the console; anything else is a problem. */
const unexpected = (problems: string[]) => problems.filter((p) => !/Failed to load resource: the server responded with a status of (401|403|409)/.test(p));

test('two desks join; a receptionist and a follow-up officer see and do only what their roles allow', async ({ browser, server }) => {
  test.setTimeout(240_000);
  expect(server).toBe(SERVER);
  const admin = await adminToken();
  for (const who of [{ ...CLERK, roles: ['receptionist'] }, { ...OFFICER, roles: ['follow-up-officer'] }]) {
    const created = await api('/accounts', { username: who.username, displayName: who.name, roles: who.roles, unitIds: [], password: who.password }, admin);
    expect(created.status).toBe(201);
  }
  const deskA = await (await browser.newContext()).newPage();
  const deskB = await (await browser.newContext()).newPage();
  const problemsA = await watchProblems(deskA);
  const problemsB = await watchProblems(deskB);
  watchTokens(deskA);
  watchTokens(deskB);

  // Desk A joins: a wrong code is refused in words; the right one registers the desk.
  await deskA.goto('/');
  await deskA.getByRole('button', { name: tr('join.offer') }).click();
  await fillJoin(deskA, { code: 'WRNG-CODE-0000', deskName: 'الاستقبال', deskCode: 'RCP1' });
  await expect(deskA.getByTestId('join-error')).toHaveText(tr('errors.desk.registration-code-invalid'));
  await fillJoin(deskA, { code: await registrationCode(admin), deskName: 'الاستقبال', deskCode: 'RCP1' });
  await expect(deskA.getByText(tr('signIn.association'))).toBeVisible({ timeout: 20_000 });

  // One desk, several people: the admin signs in first, then hands over to the receptionist.
  await deskA.getByRole('textbox', { name: tr('signIn.username') }).fill(ADMIN.username);
  await deskA.getByRole('textbox', { name: tr('signIn.password') }).fill('not-the-password');
  await deskA.getByRole('button', { name: tr('signIn.submit') }).click();
  await expect(deskA.getByTestId('sign-in-error')).toHaveText(tr('errors.auth.wrong-credentials'));
  await signIn(deskA, ADMIN);
  await synced(deskA);
  await deskA.getByRole('button', { name: tr('header.signOut') }).click();
  await signIn(deskA, CLERK);
  await expect(navLink(deskA, 'nav.staff')).toHaveCount(0);
  await expect(navLink(deskA, 'nav.catalog')).toHaveCount(0);
  await openNewFile(deskA);
  await fillPerson(deskA, FATIMA);
  const fileNumber = await saveAndExpectFile(deskA);
  await synced(deskA);

  // Desk B: its desk code is taken, and it is asked for another.
  await deskB.goto('/');
  await deskB.getByRole('button', { name: tr('join.offer') }).click();
  const code = await registrationCode(admin);
  await fillJoin(deskB, { code, deskName: 'المتابعة', deskCode: 'rcp1' });
  await expect(deskB.getByTestId('join-error')).toHaveText(tr('errors.desk.code-taken'));
  await expect(deskB.getByRole('textbox', { name: tr('setup.deskCode') })).toBeFocused();
  await fillJoin(deskB, { code, deskName: 'المتابعة', deskCode: 'OFC1' });
  await signIn(deskB, OFFICER);
  await synced(deskB);

  // A joined desk syncs on its staff's sessions: the sync screen names the server and asks for no token.
  await navLink(deskB, 'nav.sync').click();
  await expect(deskB.getByTestId('joined-server')).toContainText(SERVER);
  await expect(deskB.getByLabel(tr('sync.server.token'))).toHaveCount(0);

  // The officer sees the receptionist's file, but is offered no new file (the server would refuse it).
  await navLink(deskB, 'nav.beneficiaries').click();
  await expect(deskB.getByRole('button', { name: new RegExp(tr('registry.newFile')) })).toHaveCount(0);
  await expect((await search(deskB, FATIMA.name[0])).getByText(fileNumber)).toBeVisible({ timeout: 30_000 });

  // The server is the authority: each desk's own session is refused what its role lacks.
  const officerToken = await deskSessionToken(deskB);
  const pulled = (await (await api('/sync/beneficiaries/pull?checkpoint=0&limit=100', undefined, officerToken)).json()) as { documents: Record<string, unknown>[] };
  const fatima = pulled.documents.find((doc) => doc.fileNumber === fileNumber);
  expect(fatima).toBeDefined();
  const copy = { ...fatima, id: crypto.randomUUID(), fileNumber: 'OFC1-2026-000001' };
  const refusedCreate = await api('/sync/beneficiaries/push', [{ assumedMasterState: null, newDocumentState: copy }], officerToken);
  expect(refusedCreate.status).toBe(403);
  expect(((await refusedCreate.json()) as { error: { code: string } }).error.code).toBe('push.forbidden');
  // A receptionist's session cannot make anyone an admin: staff accounts are the administration's.
  const clerkToken = await deskSessionToken(deskA);
  // The tokens the desk keeps are sealed at rest: not one of them readable in its IndexedDB.
  expect((await dumpIndexedDb(deskA)).text).not.toContain(clerkToken.split('.')[2]);
  const me = (await (await api('/auth/me', undefined, clerkToken)).json()) as { accountId: string; deskId: string; roles: string[] };
  expect(me.roles).toEqual(['receptionist']);
  const at = new Date().toISOString();
  const staffDoc = {
    id: crypto.randomUUID(), displayName: 'حساب مشرف', username: 'sneaky.admin', roles: ['admin'], active: true, failedAttempts: 0, lockedUntil: null, unitIds: [],
    passwordHash: { algorithm: 'scrypt', N: 32768, r: 8, p: 1, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'c2FtcGxlLWhhc2gtc2FtcGxlLWhhc2gtMzJieXRlcw==' },
    createdAt: at, updatedAt: at, updatedBy: me.accountId, deskId: me.deskId, _deleted: false,
  };
  const refusedStaff = await api('/sync/staff/push', [{ assumedMasterState: null, newDocumentState: staffDoc }], clerkToken);
  expect(refusedStaff.status).toBe(403);
  expect(((await refusedStaff.json()) as { error: { code: string } }).error.code).toBe('push.forbidden');

  expect(unexpected(problemsA())).toEqual([]);
  expect(unexpected(problemsB())).toEqual([]);
});

test('a revoked desk wipes itself when it next reaches the server, and says so', async ({ browser, server }) => {
  test.setTimeout(180_000);
  expect(server).toBe(SERVER);
  const admin = await adminToken();
  const worker = { username: 'huda.fw', name: 'هدى الشمري', password: 'Field-Laptop-99x' };
  expect((await api('/accounts', { username: worker.username, displayName: worker.name, roles: ['field-worker'], unitIds: [], password: worker.password }, admin)).status).toBe(201);
  const desk = await (await browser.newContext()).newPage();
  const problems = await watchProblems(desk);
  await desk.goto('/');
  await desk.getByRole('button', { name: tr('join.offer') }).click();
  await fillJoin(desk, { code: await registrationCode(admin), deskName: 'مكتب ميداني', deskCode: 'LOST1' });
  await signIn(desk, worker);
  await synced(desk);
  const names = () => desk.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''));
  expect((await names()).some((name) => name.startsWith('rxdb-dexie-wasl--'))).toBe(true);

  // The laptop is lost: an admin revokes its desk. When it next connects (here: the next start), it wipes.
  const { desks } = (await (await api('/desks', undefined, admin)).json()) as { desks: { deskId: string; code: string }[] };
  const lost = desks.find((d) => d.code === 'LOST1');
  expect((await api(`/desks/${lost?.deskId}/revoke`, {}, admin)).status).toBe(200);
  await desk.reload();
  await expect(desk.getByRole('heading', { name: tr('revoked.title') })).toBeVisible({ timeout: 30_000 });
  await expect(desk.getByTestId('revoked-state')).toHaveAttribute('data-state', 'wiped', { timeout: 30_000 });
  await expect(desk.getByTestId('revoked-state')).toHaveText(tr('revoked.wiped'));
  // Nothing of the desk is left: database, search index, file store, desk key, storage key.
  expect((await names()).filter((name) => name.startsWith('wasl') || name.includes('-wasl-') || name.includes('dexie-wasl'))).toEqual([]);
  expect(unexpected(problems())).toEqual([]);

  // A desk revoked before anyone signed in on it learns it at the next sign-in, and wipes too.
  const unused = await (await browser.newContext()).newPage();
  const unusedProblems = await watchProblems(unused);
  await unused.goto('/');
  await unused.getByRole('button', { name: tr('join.offer') }).click();
  await fillJoin(unused, { code: await registrationCode(admin), deskName: 'مكتب احتياطي', deskCode: 'SPARE1' });
  await expect(unused.getByText(tr('signIn.association'))).toBeVisible({ timeout: 20_000 });
  const spare = ((await (await api('/desks', undefined, admin)).json()) as { desks: { deskId: string; code: string }[] }).desks.find((d) => d.code === 'SPARE1');
  expect((await api(`/desks/${spare?.deskId}/revoke`, {}, admin)).status).toBe(200);
  await unused.getByRole('textbox', { name: tr('signIn.username') }).fill(worker.username);
  await unused.getByRole('textbox', { name: tr('signIn.password') }).fill(worker.password);
  await unused.getByRole('button', { name: tr('signIn.submit') }).click();
  await expect(unused.getByTestId('revoked-state')).toHaveAttribute('data-state', 'wiped', { timeout: 30_000 });
  expect((await unused.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''))).filter((name) => name.includes('wasl'))).toEqual([]);
  expect(unexpected(unusedProblems())).toEqual([]);
});
