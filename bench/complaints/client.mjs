/**
 * A browser on one address, for the complaints benchmark: real HTTP from a chosen loopback address
 * (127.0.0.0/8 is all loopback on Linux), kept-alive like a browser, posting the form as
 * multipart/form-data exactly as a browser does.
 */
import { Agent, request } from 'node:http';

export function visitor(baseUrl, address) {
  const agent = new Agent({ keepAlive: true, localAddress: address, maxSockets: 16 });
  const target = new URL(baseUrl);
  const send = (method, path, headers = {}, body) => new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path, method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
  return {
    async openForm() {
      const page = await send('GET', '/complaint');
      const token = /name="token" value="([^"]+)"/.exec(page.text)?.[1];
      if (page.status !== 200 || !token) throw new Error(`bench complaints: no form (${page.status})`);
      return token;
    },
    /** A form as a browser encodes it (multipart/form-data). */
    async encode(fields) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      const encoded = new Request('http://form.invalid/', { method: 'POST', body: form });
      return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') };
    },
    /** Posts an encoded form; `ms` is the round trip from the first byte sent to the last received. */
    async postEncoded({ body, contentType }) {
      const started = performance.now();
      const answer = await send('POST', '/complaint', { 'content-type': contentType, 'content-length': String(body.length) }, body);
      const caseNumber = /id="case-number">([^<]+)</.exec(answer.text)?.[1] ?? null;
      return { status: answer.status, ms: performance.now() - started, caseNumber };
    },
    async post(fields) {
      return this.postEncoded(await this.encode(fields));
    },
    close: () => agent.destroy(),
  };
}

/** A valid submission (synthetic data): each visitor its own mobile. */
export function complaintFields(token, index) {
  return {
    token,
    kind: 'complaint',
    description: `شكوى تجريبية رقم ${index}: تأخر الرد على الطلب.`,
    name: 'مستخدم تجريبي',
    mobile: `05${String(50_000_000 + index).padStart(8, '0')}`,
    channel: 'sms',
    website: '',
  };
}
