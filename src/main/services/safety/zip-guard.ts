import { gunzipSync, gzipSync } from 'node:zlib';
import { AppError } from '../../util/errors';

/**
 * The .iccvisit container: a plain zip (any unzip tool opens it), written and read here with Node's native
 * zlib because fflate's JavaScript deflate needs 6 s for a 100 MB visit where zlib needs well under one.
 * gzip carries the same raw deflate stream plus the CRC-32 a zip entry needs, so one native call compresses
 * and checksums, and reading wraps the entry back into gzip so zlib verifies the CRC and the length.
 */

export interface ZipLimits {
  maxEntries: number;
  /** Largest single entry once expanded. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Expanded/compressed ratio allowed for entries bigger than ratioFloorBytes (small files may compress a lot). */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const ICCVISIT_LIMITS: ZipLimits = {
  maxEntries: 8,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const refuse = (message: string) => new AppError('unsupported_file', message);
const damaged = () => refuse('This file is not a complete .iccvisit file (it may be truncated or damaged). Nothing was written.');
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** An entry name that would leave the folder it is extracted to, or names a device or drive. */
export function isEscapingName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((part) => part === '..' || part === '.');
}

/** Writes a zip of deflated entries (level 0 for data that does not compress, such as encrypted pages). */
export function writeZip(entries: { name: string; data: Uint8Array; level: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const gz = gzipSync(e.data, { level: e.level });
    const raw = gz.subarray(10, gz.length - 8);
    const crc = gz.readUInt32LE(gz.length - 8);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00 (dates live in the manifest)
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(raw.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, raw);
    centrals.push(central, name);
    offset += 30 + name.length + raw.length;
  }
  const cdSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  originalSize: number;
  localOffset: number;
}

function readCentralDirectory(zip: Buffer): CentralEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw damaged();
    const nameLength = zip.readUInt16LE(p + 28);
    const skip = nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (p + 46 + skip > zip.length) throw damaged();
    entries.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      size: zip.readUInt32LE(p + 20),
      originalSize: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + skip;
  }
  return entries;
}

/**
 * Reads the wanted entries without trusting the archive: names are checked before anything is expanded,
 * declared sizes against the limits, and expansion stops at the declared size (zlib's maxOutputLength),
 * so an archive that lies about its sizes is refused instead of filling memory. CRC and length are verified.
 */
export function readZipSafely(data: Uint8Array, wanted: readonly string[], limits: ZipLimits = ICCVISIT_LIMITS): Map<string, Uint8Array> {
  const zip = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const entries = readCentralDirectory(zip);
  if (entries.length > limits.maxEntries) throw refuse('This .iccvisit file has too many entries. It was refused; nothing was written.');
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    if (isEscapingName(e.name)) {
      throw refuse(`This .iccvisit file contains an entry named “${e.name.slice(0, 80)}” that tries to leave its folder. It was refused; nothing was written.`);
    }
    if (!wanted.includes(e.name)) throw refuse(`This .iccvisit file contains an unexpected entry (“${e.name.slice(0, 80)}”). It was refused; nothing was written.`);
    if (seen.has(e.name)) throw refuse(`This .iccvisit file contains “${e.name}” twice. It was refused; nothing was written.`);
    seen.add(e.name);
    total += e.originalSize;
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes || (e.originalSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
      throw refuse('This .iccvisit file would expand to far more data than a visit holds (a “zip bomb”). It was refused; nothing was written.');
    }
  }
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    const p = e.localOffset;
    if (p + 30 > zip.length || zip.readUInt32LE(p) !== 0x04034b50) throw damaged();
    const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
    if (start + e.size > zip.length) throw damaged();
    const body = zip.subarray(start, start + e.size);
    if (e.method === 0) {
      if (e.size !== e.originalSize) throw refuse('This .iccvisit file holds more data than it declares (a “zip bomb”). It was refused; nothing was written.');
      out.set(e.name, body);
      continue;
    }
    if (e.method !== 8) throw refuse('This .iccvisit file uses a compression ICC Workbench does not read. Nothing was written.');
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(e.crc, 0);
    trailer.writeUInt32LE(e.originalSize, 4);
    try {
      out.set(e.name, gunzipSync(Buffer.concat([GZIP_HEADER, body, trailer]), { maxOutputLength: Math.max(1, e.originalSize) }));
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw refuse('This .iccvisit file holds more data than it declares (a “zip bomb”). It was refused; nothing was written.');
      }
      throw refuse('This .iccvisit file is damaged: part of it cannot be unpacked or fails its check. Nothing was written.');
    }
    if (out.get(e.name)!.length !== e.originalSize) throw refuse('This .iccvisit file is incomplete or damaged (an entry is shorter than declared). Nothing was written.');
  }
  return out;
}
