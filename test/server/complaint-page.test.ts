import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateOfInstant } from '@shared/cases/case-clock';
import { addWorkingDays } from '@shared/calendar/working-days';
import { holidaySeedRanges } from '@shared/catalog/holiday-catalog';
import { PUBLIC_PAGE_CSP } from '../../server/http/security-headers';
import { pushDocuments } from '../../server/sync/document-store';
import { pullAs, registerTestDesk, staffOn, startAuthServer, type AuthServer, type Staff } from './accounts-support';
import { EXE_BYTES, getPage, PDF_BYTES, PNG_BYTES, postForm, postRaw, receiptIn, tokenIn, validFields, type FormFields } from './complaint-support';

/**
 * The public complaint page (policy 3.5a) over real HTTP: a submission becomes a case a desk pulls;
 * every abuse guard refuses with a translated page and stores nothing.
 */
let auth: AuthServer;
let officer: Staff;
let base: string;
beforeAll(async () => {
  auth = await startAuthServer();
  base = auth.server.url;
  const desk = await registerTestDesk(auth, 'CMP1');
  officer = await staffOn(auth, desk, ['follow-up-officer']);
});
afterAll(() => auth.close());

async function casesStored(): Promise<Record<string, unknown>[]> {
  const rows = await auth.server.db.query<{ data: Record<string, unknown> }>("SELECT data FROM documents WHERE collection = 'cases' ORDER BY seq");
  return rows.map((row) => row.data);
}

async function filesStored(): Promise<number> {
  return Number((await auth.server.db.query<{ n: string }>('SELECT count(*)::text AS n FROM files'))[0]?.n);
}

/** Opens the form from `from`, lets the person take 5 s (the test clock), then posts it. */
async function submit(fields: FormFields, from: string, lang = '') {
  const token = tokenIn((await getPage(`${base}/complaint${lang}`, from)).text);
  auth.clock.now += 5_000;
  return postForm(`${base}/complaint${lang}`, { ...fields, token }, from);
}

describe('the public complaint page', () => {
  it('is Arabic first, English on request, phone-sized, with no script, no inline style and a strict CSP', async () => {
    const arabic = await getPage(`${base}/complaint`);
    expect(arabic.status).toBe(200);
    expect(arabic.headers.get('content-type')).toMatch(/^text\/html/);
    expect(arabic.headers.get('content-security-policy')).toBe(PUBLIC_PAGE_CSP);
    expect(arabic.headers.get('cache-control')).toBe('no-store');
    // Another site's script may not read the form (and its token).
    expect(arabic.headers.get('access-control-allow-origin')).toBeNull();
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(arabic.text).toContain('تقديم شكوى');
    for (const forbidden of [/<script/i, /\sstyle=/i, /<style/i, /\son[a-z]+=/i]) expect(arabic.text).not.toMatch(forbidden);
    expect(arabic.text).toContain('enctype="multipart/form-data"');

    const english = await getPage(`${base}/complaint?lang=en`);
    expect(english.text).toContain('<html lang="en" dir="ltr">');
    expect(english.text).toContain('Submit a complaint');
    expect(english.text).toContain('action="/complaint?lang=en"');

    const css = await getPage(`${base}/complaint/style.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('.trap');
  });

  it('turns a valid submission into a received web case that a desk pulls, with a number and a separate check code', async () => {
    const before = (await casesStored()).length;
    const answer = await submit(validFields({ nationalId: '1000000008', attachment: new File([PNG_BYTES], 'receipt.png', { type: 'image/png' }) }), '127.0.1.1');
    expect(answer.status).toBe(201);
    const { caseNumber, checkCode } = receiptIn(answer.text);
    expect(caseNumber).toMatch(/^WEB-[A-Z]\d{4}-\d{6}$/);
    expect(checkCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    const stored = await casesStored();
    expect(stored).toHaveLength(before + 1);
    const made = stored.at(-1)!;
    expect(made).toMatchObject({
      caseNumber, status: 'received', source: 'web', kind: 'complaint', description: 'تأخر الرد على طلبي منذ أسبوعين.',
      channel: 'website-email', subChannel: 'web-form', replyChannel: 'phone', replySubChannel: 'sms',
      complainant: { name: 'سارة التجريبية', mobile: '+966551234567', email: '' },
      // Proposed only: no file is linked until staff confirm (policy 3.5a, the desk's blind-index match).
      proposedLink: { nationalId: '1000000008', mobile: '+966551234567' }, linkReview: 'pending', beneficiaryId: '',
      // No category or domain yet: a gap in the liaison matrix, so the follow-up unit's queue.
      unitId: 'follow-up', officerId: '', deskId: 'WEB', createdBy: 'web-page',
      attachments: [{ name: 'receipt.png', type: 'image/png', size: PNG_BYTES.byteLength }],
    });
    expect(made.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The check code never leaves the server: not even its hash is in the synced document.
    expect(JSON.stringify(made)).not.toContain(checkCode);
    expect(made.checkCodeHash).toBe('');
    const codes = await auth.server.db.query<{ code_hash: string }>('SELECT code_hash FROM web_case_codes WHERE case_number = $1', [caseNumber]);
    expect(codes[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await filesStored()).toBeGreaterThanOrEqual(1);

    const pulled = await pullAs(auth, officer.token, 'cases');
    expect(pulled.map((doc) => doc.caseNumber)).toContain(caseNumber);
  });

  it('accepts a PDF attachment, and refuses bytes that are neither an image nor a PDF whatever their name and type say', async () => {
    expect((await submit(validFields({ attachment: new File([PDF_BYTES], 'letter.pdf', { type: 'application/pdf' }) }), '127.0.1.2')).status).toBe(201);
    const before = [(await casesStored()).length, await filesStored()];
    const answer = await submit(validFields({ attachment: new File([EXE_BYTES], 'photo.png', { type: 'image/png' }) }), '127.0.1.2');
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('المرفق يجب أن يكون صورة أو ملف PDF.');
    expect([(await casesStored()).length, await filesStored()]).toEqual(before);
  });

  it('refuses a filled honeypot and stores nothing', async () => {
    const before = (await casesStored()).length;
    const answer = await submit(validFields({ website: 'https://spam.invalid' }), '127.0.1.3');
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('تعذّر قبول النموذج');
    expect(await casesStored()).toHaveLength(before);
  });

  it('refuses a form sent too fast, keeps what was typed, and accepts the same form once the time has passed', async () => {
    const before = (await casesStored()).length;
    const token = tokenIn((await getPage(`${base}/complaint?lang=en`, '127.0.1.4')).text);
    auth.clock.now += 1_000;
    const fast = await postForm(`${base}/complaint?lang=en`, { ...validFields(), token }, '127.0.1.4');
    expect(fast.status).toBe(400);
    expect(fast.text).toContain('The form was sent very quickly');
    expect(fast.text).toContain('تأخر الرد على طلبي منذ أسبوعين.');
    expect(await casesStored()).toHaveLength(before);
    auth.clock.now += 3_000;
    expect((await postForm(`${base}/complaint?lang=en`, { ...validFields(), token: tokenIn(fast.text) }, '127.0.1.4')).status).toBe(201);
    // The same served form again: one form, one case.
    const replay = await postForm(`${base}/complaint?lang=en`, { ...validFields(), token }, '127.0.1.4');
    expect(replay.status).toBe(409);
    expect(await casesStored()).toHaveLength(before + 1);
  });

  it('refuses a forged or expired token with a fresh form', async () => {
    const forged = await postForm(`${base}/complaint`, { ...validFields(), token: 'v1.abc.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, '127.0.1.5');
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('انتهت صلاحية النموذج');
    const old = tokenIn((await getPage(`${base}/complaint`, '127.0.1.5')).text);
    auth.clock.now += 3 * 60 * 60_000;
    expect((await postForm(`${base}/complaint`, { ...validFields(), token: old }, '127.0.1.5')).status).toBe(400);
  });

  it('refuses an oversized body with a translated 413 page, and over-long fields with field errors; nothing is half-saved', async () => {
    const before = [(await casesStored()).length, await filesStored()];
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set(PNG_BYTES);
    const big = await submit(validFields({ attachment: new File([huge], 'big.png', { type: 'image/png' }) }), '127.0.1.6', '?lang=en');
    expect(big.status).toBe(413);
    expect(big.text).toContain('Attachments are at most 5 MB');
    const raw = await postRaw(`${base}/complaint`, new Uint8Array(6 * 1024 * 1024), 'application/x-www-form-urlencoded', '127.0.1.6');
    expect(raw.status).toBe(413);
    const long = await submit(validFields({ description: 'أ'.repeat(100_000), name: 'ب'.repeat(1000) }), '127.0.1.6');
    expect(long.status).toBe(400);
    expect(long.text).toContain('النص أطول من المسموح.');
    expect([(await casesStored()).length, await filesStored()]).toEqual(before);
  });

  it('stores script and markup verbatim and serves every field escaped', async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>'&"`;
    const answer = await submit(validFields({ description: `${hostile}\nسطر ثان`, name: hostile }), '127.0.1.7');
    expect(answer.status).toBe(201);
    const made = (await casesStored()).at(-1)!;
    expect(made.description).toBe(`${hostile}\nسطر ثان`);
    expect(JSON.stringify(made)).toContain(JSON.stringify(hostile).slice(1, -1));

    // Every field echoed back on a refused form (the mobile, e-mail and ID fail their formats).
    const echoed = await submit(validFields({ description: hostile, name: hostile, mobile: hostile, email: hostile, nationalId: hostile, kind: hostile, channel: hostile }), '127.0.1.7');
    expect(echoed.status).toBe(400);
    expect(echoed.text).not.toContain('<script>alert');
    expect(echoed.text).not.toContain('<img src=x');
    expect(echoed.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;&quot;');
  });

  it('rolls the whole submission back when the case cannot be written: no number, code or attachment is left', async () => {
    const counts = async () => {
      const [row] = await auth.server.db.query<{ codes: string; numbers: string | null }>(
        'SELECT (SELECT count(*) FROM web_case_codes)::text AS codes, (SELECT max(last_sequence) FROM web_case_numbers)::text AS numbers',
      );
      return [(await casesStored()).length, await filesStored(), row?.codes, row?.numbers];
    };
    const before = await counts();
    // A real failure inside the transaction, after the number, the file and the code were written.
    await auth.server.db.exec(`CREATE FUNCTION refuse_cases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.collection = 'cases' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_cases BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_cases();`);
    try {
      const unique = Uint8Array.from([...PNG_BYTES, 42, 42]);
      const answer = await submit(validFields({ attachment: new File([unique], 'x.png', { type: 'image/png' }) }), '127.0.1.8', '?lang=en');
      expect(answer.status).toBe(500);
      expect(answer.text).toContain('Something went wrong and nothing was saved.');
    } finally {
      await auth.server.db.exec('DROP TRIGGER refuse_cases ON documents; DROP FUNCTION refuse_cases();');
    }
    expect(await counts()).toEqual(before);
  });

  it("runs the case's clock by the catalog the desks synced (an admin's edited clock), else by the defaults", async () => {
    const clockEntry = {
      id: 'clock-complaint', kind: 'case-clock', key: 'complaint', labelAr: 'الشكاوى', labelEn: 'Complaints', active: true, order: 0,
      data: { acknowledgeDays: 2, resolveDays: 20 }, updatedAt: '2026-03-01T08:00:00.000Z', updatedBy: 'admin', deskId: 'desk-x', _deleted: false,
    };
    await pushDocuments(auth.server.db, [{ newDocumentState: clockEntry }], { collection: 'catalog', primaryKey: 'id', duplicateRules: [], channel: 'test_channel' });
    expect((await submit(validFields(), '127.0.1.9')).status).toBe(201);
    const made = (await casesStored()).at(-1)! as { startedAt: string; dueDate: string; acknowledgeDueDate: string };
    const start = dateOfInstant(made.startedAt);
    expect(made.dueDate).toBe(addWorkingDays(start, 20, holidaySeedRanges()));
    expect(made.acknowledgeDueDate).toBe(addWorkingDays(start, 2, holidaySeedRanges()));
  });
});
