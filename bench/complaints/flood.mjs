/**
 * The flood of the complaints benchmark, in a worker thread of its own so its event loop never delays
 * the legitimate visitors' measurements: one address, a batch of served forms, the minimum fill time
 * waited once, then `count` posts over `connections` kept-alive connections (bodies encoded up front:
 * a flooding script does not spend time on them either). Posts back the count of each answer status.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { complaintFields, visitor } from './client.mjs';

const { url, address, count, connections, minFillMs, perSecond } = workerData;
const client = visitor(url, address);
const tokens = await Promise.all(Array.from({ length: 20 }, () => client.openForm()));
const bodies = await Promise.all(tokens.map((token, i) => client.encode(complaintFields(token, 90_000 + i))));
await new Promise((done) => setTimeout(done, minFillMs + 200));
const counts = {};
let sent = 0;
const startedAt = Date.now();
await Promise.all(Array.from({ length: connections }, async () => {
  while (sent < count) {
    const index = sent;
    sent += 1;
    // Paced when asked: the flooding script's own CPU shares this machine's cores with the server.
    const due = startedAt + (index * 1000) / perSecond;
    if (due > Date.now()) await new Promise((done) => setTimeout(done, due - Date.now()));
    const { status } = await client.postEncoded(bodies[index % bodies.length]);
    counts[status] = (counts[status] ?? 0) + 1;
  }
}));
client.close();
parentPort.postMessage({ counts, startedAt, endedAt: Date.now() });
