import { request } from 'node:http';

/**
 * Real HTTP to the public complaint page from chosen loopback addresses (127.0.0.0/8 is all
 * loopback on Linux): the page limits per address, so each test speaks from its own one, as
 * different people's phones would. Forms go as the browser sends them (multipart/form-data).
 */
export type PageAnswer = { status: number; headers: Headers; text: string };

export type FormFields = Record<string, string | Blob>;

function send(url: string, from: string, init: { method: string; headers?: Record<string, string>; body?: Uint8Array }): Promise<PageAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({
      host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: init.method,
      headers: init.headers, localAddress: from,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export function getPage(url: string, from = '127.0.0.1'): Promise<PageAnswer> {
  return send(url, from, { method: 'GET' });
}

/** The body and content type a browser would send for these fields. */
export async function multipart(fields: FormFields): Promise<{ body: Uint8Array; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof File) form.append(name, value, value.name);
    else form.append(name, value);
  }
  const encoded = new Request('http://form.invalid/', { method: 'POST', body: form });
  return { body: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? '' };
}

export async function postForm(url: string, fields: FormFields, from = '127.0.0.1', headers: Record<string, string> = {}): Promise<PageAnswer> {
  const { body, contentType } = await multipart(fields);
  return send(url, from, { method: 'POST', headers: { ...headers, 'content-type': contentType, 'content-length': String(body.byteLength) }, body });
}

export function postRaw(url: string, body: Uint8Array, contentType: string, from = '127.0.0.1'): Promise<PageAnswer> {
  return send(url, from, { method: 'POST', headers: { 'content-type': contentType, 'content-length': String(body.byteLength) }, body });
}

/** The signed token of a served form. */
export function tokenIn(html: string): string {
  const match = /name="token" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no form token in the page');
  return match[1];
}

export function receiptIn(html: string): { caseNumber: string; checkCode: string } {
  const caseNumber = /id="case-number">([^<]+)</.exec(html)?.[1];
  const checkCode = /id="check-code">([^<]+)</.exec(html)?.[1];
  if (!caseNumber || !checkCode) throw new Error('no receipt in the page');
  return { caseNumber, checkCode };
}

/** A valid submission's fields (synthetic data); the test adds the token. */
export function validFields(extra: FormFields = {}): FormFields {
  return {
    kind: 'complaint',
    description: 'تأخر الرد على طلبي منذ أسبوعين.',
    name: 'سارة التجريبية',
    mobile: '0551234567',
    email: '',
    nationalId: '',
    channel: 'sms',
    website: '',
    ...extra,
  };
}

// Synthetic file heads: what sniffFileType (shared/files/file-type.ts) recognises, and what it must not.
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 200 }, (_, i) => i % 256)]);
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% synthetic\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const EXE_BYTES = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, ...Array.from({ length: 200 }, (_, i) => i % 256)]);

