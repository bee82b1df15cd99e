/**
 * Reads a whole browser profile folder as an attacker who copied it would: every file's bytes, and
 * what LevelDB (IndexedDB, Local Storage, Session Storage) holds snappy-compressed, decompressed.
 * Chromium compresses twice: LevelDB table blocks, and large IndexedDB values itself (a
 * 0xFF 0x11 0x02 prefix before a raw snappy stream). No snappy package is in node_modules; the
 * format is small (github.com/google/snappy, format_description.txt), so it is decoded here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Decodes one raw snappy stream at `start`; null when the bytes are not one. */
export function snappyDecompress(input: Uint8Array, start = 0, maxLength = 64 << 20): Uint8Array | null {
  let pos = start;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (pos >= input.length || shift > 28) return null;
    const byte = input[pos++]!;
    length |= (byte & 0x7f) << shift;
    if (byte < 0x80) break;
  }
  if (length > maxLength) return null;
  const out = new Uint8Array(length);
  let written = 0;
  while (written < length) {
    if (pos >= input.length) return null;
    const tag = input[pos++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let literal = tag >> 2;
      if (literal >= 60) {
        const extra = literal - 59;
        literal = 0;
        for (let i = 0; i < extra; i++) literal |= input[pos++]! << (8 * i);
      }
      literal += 1;
      if (pos + literal > input.length || written + literal > length) return null;
      out.set(input.subarray(pos, pos + literal), written);
      pos += literal;
      written += literal;
      continue;
    }
    let copy: number;
    let offset: number;
    if (kind === 1) {
      copy = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[pos++]!;
    } else if (kind === 2) {
      copy = (tag >> 2) + 1;
      offset = input[pos]! | (input[pos + 1]! << 8);
      pos += 2;
    } else {
      copy = (tag >> 2) + 1;
      offset = (input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16) | (input[pos + 3]! << 24)) >>> 0;
      pos += 4;
    }
    if (offset === 0 || offset > written || written + copy > length || pos > input.length) return null;
    for (let i = 0; i < copy; i++, written++) out[written] = out[written - offset]!;
  }
  return out;
}

function varint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let pos = at;
  for (let shift = 0; shift < 64; shift += 7) {
    const byte = bytes[pos++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return [value, pos];
}

/** A block's contents: its trailer says snappy (1) or stored (0). */
function readBlock(file: Uint8Array, offset: number, size: number): Uint8Array | null {
  if (offset + size + 5 > file.length) return null;
  const body = file.subarray(offset, offset + size);
  const type = file[offset + size];
  if (type === 0) return body;
  return type === 1 ? snappyDecompress(body) : null;
}

/** The values of a LevelDB block (here: the index block's block handles). */
function blockValues(block: Uint8Array): Uint8Array[] {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const restarts = view.getUint32(block.length - 4, true);
  const end = block.length - 4 - 4 * restarts;
  const values: Uint8Array[] = [];
  let pos = 0;
  while (pos < end) {
    const [, a] = varint(block, pos);
    const [unshared, b] = varint(block, a);
    const [valueLength, c] = varint(block, b);
    const valueStart = c + unshared;
    values.push(block.subarray(valueStart, valueStart + valueLength));
    pos = valueStart + valueLength;
  }
  return values;
}

const TABLE_MAGIC = 0xdb4775248b80fb57n;

/** Every data block of a LevelDB table file (.ldb/.sst), decompressed; [] when it is not one. */
export function leveldbTableBlocks(file: Uint8Array): Uint8Array[] {
  if (file.length < 48) return [];
  const footer = file.subarray(file.length - 48);
  if (new DataView(footer.buffer, footer.byteOffset + 40, 8).getBigUint64(0, true) !== TABLE_MAGIC) return [];
  const [, afterMeta] = varint(footer, varint(footer, 0)[1]);
  const [indexOffset, next] = varint(footer, afterMeta);
  const [indexSize] = varint(footer, next);
  const index = readBlock(file, indexOffset, indexSize);
  if (!index) return [];
  const blocks: Uint8Array[] = [index];
  for (const handle of blockValues(index)) {
    const [offset, at] = varint(handle, 0);
    const [size] = varint(handle, at);
    const block = readBlock(file, offset, size);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** A LevelDB log (.log): 32 KiB blocks of records with 7-byte headers; the payloads joined. */
export function leveldbLogPayload(file: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += 32768) {
    let pos = block;
    const end = Math.min(block + 32768, file.length);
    while (pos + 7 <= end) {
      const length = file[pos + 4]! | (file[pos + 5]! << 8);
      if (length === 0 && file[pos + 6] === 0) break;
      parts.push(file.subarray(pos + 7, Math.min(pos + 7 + length, end)));
      pos += 7 + length;
    }
  }
  return Buffer.concat(parts);
}

/** IndexedDB values Chromium snappy-compressed itself, found anywhere in `bytes`. */
function idbCompressedValues(bytes: Uint8Array): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] !== 0xff || bytes[i + 1] !== 0x11 || bytes[i + 2] !== 0x02) continue;
    const value = snappyDecompress(bytes, i + 3);
    if (value) found.push(value, ...idbCompressedValues(value));
  }
  return found;
}

export type ProfileFile = { path: string; views: Uint8Array[] };

/** Every file of the folder, recursively, with every decoded view of it. */
export function readProfile(root: string): ProfileFile[] {
  const files: ProfileFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.push({ path: relative(root, path), views: decodedViews(readFileSync(path), name) });
    }
  };
  walk(root);
  return files;
}

function decodedViews(raw: Uint8Array, name: string): Uint8Array[] {
  const views: Uint8Array[] = [raw];
  if (name.endsWith('.ldb') || name.endsWith('.sst')) views.push(...leveldbTableBlocks(raw));
  if (name.endsWith('.log')) views.push(leveldbLogPayload(raw));
  for (const view of [...views]) views.push(...idbCompressedValues(view));
  return views;
}

/** Where `text` occurs, in UTF-8 or UTF-16LE, across the profile: "path (encoding)" per hit. */
export function findInProfile(files: readonly ProfileFile[], text: string): string[] {
  const needles: [string, Buffer][] = [['utf-8', Buffer.from(text, 'utf8')], ['utf-16le', Buffer.from(text, 'utf16le')]];
  const hits: string[] = [];
  for (const file of files) {
    for (const [encoding, needle] of needles) {
      if (file.views.some((view) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).includes(needle))) hits.push(`${file.path} (${encoding})`);
    }
  }
  return hits;
}
