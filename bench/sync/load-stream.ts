/**
 * A simulated desk's live stream (/sync/stream), read off its socket byte for byte, each distinct event
 * parsed once per load generator rather than once per desk (the default; SYNC_BENCH_DESK_PARSE=each
 * keeps the old way: every desk parses every event itself through the `eventsource` package).
 *
 * Why this is faithful: real desks are other machines, each parsing its own stream on its own CPU. Here
 * 200 desks share one process, and at 200 desks each one's stream carries every other desk's files
 * (~2,000 a second): parsing them 200 times over is ~400,000 files a second, more than a core, and
 * it ran on the server's 2-core machine (bench sync: the generator's SSE line parser alone was 41 % of
 * its time, its JSON.parse 16 %). A desk that cannot keep up reads its socket late, so the server's
 * writes back up and its checkpoint falls behind, and its pulls then re-read what the stream carried:
 * work a real desk does not cause. What the server does is unchanged: the same requests, every byte
 * of every stream read off the socket, and each event is the very bytes another desk's event had
 * (compared in full) or is parsed anew; the desk then applies it as before.
 */
import { get, type IncomingMessage } from 'node:http';
import type { MultiplexedStreamEvent } from '../../shared/sync/protocol';

const NEWLINE = 0x0a;
const RECENT = 512;
// As the eventsource package: 3 s before a reconnect, none after an answer other than 200.
const RECONNECT_MS = 3000;

/** Recent events by their bytes: length and tail (where the checkpoint is) find them, the full bytes decide. */
const recent = new Map<string, { bytes: Buffer; event: MultiplexedStreamEvent }[]>();
let recentCount = 0;
export const parseCounts = { parsed: 0, shared: 0 };

function parsedOnce(data: Buffer): MultiplexedStreamEvent {
  const key = `${data.length}:${data.subarray(-64).toString('latin1')}`;
  const same = recent.get(key)?.find((entry) => entry.bytes.equals(data));
  if (same) {
    parseCounts.shared += 1;
    return same.event;
  }
  parseCounts.parsed += 1;
  const event = JSON.parse(data.toString('utf8')) as MultiplexedStreamEvent;
  recent.set(key, [...(recent.get(key) ?? []), { bytes: Buffer.from(data), event }]);
  if (++recentCount > RECENT) {
    const oldest = recent.keys().next().value!;
    recentCount -= recent.get(oldest)!.length;
    recent.delete(oldest);
  }
  return event;
}

/** One SSE event's text: its data lines joined (null for a comment, or a named event EventSource's onmessage never sees). */
function eventData(frame: Buffer): Buffer | null {
  const data: Buffer[] = [];
  for (let start = 0; start < frame.length;) {
    const end = frame.indexOf(NEWLINE, start);
    const line = frame.subarray(start, end < 0 ? frame.length : end);
    start = end < 0 ? frame.length : end + 1;
    const text = line.subarray(0, 6).toString('latin1');
    if (text.startsWith('data:')) data.push(line.subarray(text.startsWith('data: ') ? 6 : 5));
    else if (text.startsWith('event:') && line.subarray(6).toString().trim() !== 'message') return null;
  }
  return data.length === 0 ? null : data.length === 1 ? data[0]! : Buffer.concat(data.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from('\n'), part])));
}

/** Splits a response body into SSE events ("\n\n" ends one; the server writes no "\r"), scanning each byte once. */
function eventSplitter(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let parts: Buffer[] = [];
  let endsWithNewline = false;
  return (chunk) => {
    let start = 0;
    if (endsWithNewline && chunk[0] === NEWLINE && parts.length > 0) {
      const frame = Buffer.concat(parts);
      onFrame(frame.subarray(0, frame.length - 1));
      parts = [];
      start = 1;
    }
    for (let end = chunk.indexOf('\n\n', start); end >= 0; end = chunk.indexOf('\n\n', start)) {
      onFrame(parts.length === 0 ? chunk.subarray(start, end) : Buffer.concat([...parts, chunk.subarray(start, end)]));
      parts = [];
      start = end + 2;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
    endsWithNewline = chunk.length > 0 && chunk[chunk.length - 1] === NEWLINE;
  };
}

/** The desk's multiplexed stream, as openMultiplexedStream delivers it (reconnecting, as EventSource does). */
export function openSharedParseStream(
  options: { baseUrl: string; token: string; collections: readonly string[] },
  onEvent: (collection: string, event: MultiplexedStreamEvent['event']) => void,
): () => void {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/sync/stream?collections=${options.collections.map(encodeURIComponent).join(',')}`;
  let closed = false;
  let current: { destroy(): void } | null = null;
  const connect = () => {
    if (closed) return;
    let again = false;
    const reconnect = () => {
      if (closed || again) return;
      again = true;
      setTimeout(connect, RECONNECT_MS);
    };
    const request = get(url, { headers: { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' } }, (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        response.resume();
        return;
      }
      const split = eventSplitter((frame) => {
        const data = eventData(frame);
        if (data === null) return;
        const { collection, event } = parsedOnce(data);
        onEvent(collection, event);
      });
      response.on('data', split);
      // 'close' also follows a reset mid-stream ('error' without 'end'): reconnect then too, as EventSource does.
      response.once('close', reconnect);
      response.once('error', () => {});
    });
    request.once('error', reconnect);
    current = request;
  };
  connect();
  return () => {
    closed = true;
    current?.destroy();
  };
}
