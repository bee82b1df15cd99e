/**
 * A small TCP proxy between one desk and its server that reads the HTTP/1.1 requests passing
 * through (passively: bytes are forwarded untouched) and injects faults on the connection that
 * carries a chosen request: cut it part-way through the response, drop the response entirely
 * (the server did the work, the desk never hears), or run a callback (e.g. SIGKILL the server)
 * while the request is in flight. fetch never pipelines, so the bytes that come back on a
 * connection after a request are that request's response.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type SeenRequest = { method: string; path: string; body: Buffer; at: number };

/** What to do with the response of a request the rule matched. */
export type Fault = { kind: 'cut-after'; bytes: number } | { kind: 'drop-response' } | { kind: 'none' };

export type FaultRule = (request: SeenRequest) => Fault | undefined;

export type FaultProxy = {
  url: string;
  port: number;
  requests: SeenRequest[];
  /** rules run in order on every request; the first fault that is not undefined wins */
  rules: FaultRule[];
  /** how many responses were cut or dropped */
  faults(): number;
  close(): Promise<void>;
};

const REQUEST_HEAD = /^(GET|POST|PUT|HEAD|OPTIONS|PATCH|DELETE) (\S+) HTTP\/1\.1\r\n/;

export async function startFaultProxy(upstreamPort: number, upstreamHost = '127.0.0.1'): Promise<FaultProxy> {
  const requests: SeenRequest[] = [];
  const rules: FaultRule[] = [];
  const sockets = new Set<Socket>();
  let faultCount = 0;

  const server: Server = createServer((client) => {
    const upstream = connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let cutting = false;
    /** Ends the desk's side after what was already written (a truncated response), drops the server's. */
    const cut = () => {
      cutting = true;
      client.end();
      upstream.destroy();
    };
    client.on('close', () => {
      sockets.delete(client);
      upstream.destroy();
    });
    upstream.on('close', () => {
      sockets.delete(upstream);
      if (!cutting) client.destroy();
    });
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());

    // Request side: parse heads and bodies (Content-Length) to know which request is in flight.
    let pending = Buffer.alloc(0);
    let fault: Fault = { kind: 'none' };
    let forwarded = 0;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const headEnd = pending.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const head = pending.subarray(0, headEnd).toString('latin1');
        const match = REQUEST_HEAD.exec(`${head}\r\n`);
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < headEnd + 4 + length) return;
        const request: SeenRequest = { method: match?.[1] ?? '?', path: match?.[2] ?? '?', body: pending.subarray(headEnd + 4, headEnd + 4 + length), at: Date.now() };
        pending = pending.subarray(headEnd + 4 + length);
        requests.push(request);
        if (process.env.FAULT_DEBUG) console.log(`${new Date().toISOString()} :${upstreamPort} ${request.method} ${request.path}`);
        fault = { kind: 'none' };
        forwarded = 0;
        for (const rule of rules) {
          const chosen = rule(request);
          if (chosen) {
            fault = chosen;
            break;
          }
        }
      }
    });

    // Response side: forward, or cut where the fault says.
    upstream.on('data', (chunk: Buffer) => {
      if (process.env.FAULT_DEBUG && chunk.subarray(0, 9).toString('latin1') === 'HTTP/1.1 ') console.log(`${new Date().toISOString()} :${upstreamPort} <- ${chunk.subarray(0, 12).toString('latin1')} ${chunk.length}`);
      if (fault.kind === 'drop-response') {
        faultCount += 1;
        return cut();
      }
      if (fault.kind === 'cut-after' && forwarded + chunk.length >= fault.bytes) {
        client.write(chunk.subarray(0, Math.max(0, fault.bytes - forwarded)));
        faultCount += 1;
        return cut();
      }
      forwarded += chunk.length;
      client.write(chunk);
    });
  });

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    rules,
    faults: () => faultCount,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
