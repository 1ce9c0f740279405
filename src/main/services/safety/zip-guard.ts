import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { AppError } from '../../util/errors';

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

/** An entry name that would leave the folder it is extracted to, or names a device or drive. */
export function isEscapingName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((part) => part === '..' || part === '.');
}

interface Declared {
  size: number;
  originalSize: number;
}

/**
 * Reads the wanted entries of a zip into memory without trusting it: names are checked before anything is
 * expanded, the sizes the archive declares are checked against the limits, and while expanding the real
 * bytes are counted, so an archive that lies about its sizes is stopped at the declared size.
 */
export function readZipSafely(data: Uint8Array, wanted: readonly string[], limits: ZipLimits = ICCVISIT_LIMITS): Map<string, Uint8Array> {
  const declared = new Map<string, Declared>();
  let total = 0;
  try {
    // Pass 1 reads only the central directory: the filter sees every entry and extracts none.
    unzipSync(data, {
      filter(file) {
        if (isEscapingName(file.name)) {
          throw refuse(`This .iccvisit file contains an entry named “${file.name.slice(0, 80)}” that tries to leave its folder. It was refused; nothing was written.`);
        }
        if (!wanted.includes(file.name)) throw refuse(`This .iccvisit file contains an unexpected entry (“${file.name.slice(0, 80)}”). It was refused; nothing was written.`);
        if (declared.has(file.name)) throw refuse(`This .iccvisit file contains “${file.name}” twice. It was refused; nothing was written.`);
        if (declared.size + 1 > limits.maxEntries) throw refuse('This .iccvisit file has too many entries. It was refused; nothing was written.');
        total += file.originalSize;
        const ratio = file.originalSize / Math.max(1, file.size);
        if (file.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes || (file.originalSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
          throw refuse('This .iccvisit file would expand to far more data than a visit holds (a “zip bomb”). It was refused; nothing was written.');
        }
        declared.set(file.name, { size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('This file is not a complete .iccvisit file (it may be truncated or damaged). Nothing was written.');
  }

  const out = new Map<string, Uint8Array>();
  let problem: AppError | null = null;
  const unzip = new Unzip((file) => {
    const expected = declared.get(file.name);
    if (!expected || problem) return;
    const chunks: Uint8Array[] = [];
    let received = 0;
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = refuse('This .iccvisit file is damaged: part of it cannot be unpacked. Nothing was written.');
        return;
      }
      received += chunk.length;
      if (received > expected.originalSize) {
        problem = refuse('This .iccvisit file holds more data than it declares (a “zip bomb”). It was refused; nothing was written.');
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, received));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch {
    problem ??= refuse('This .iccvisit file is damaged: part of it cannot be unpacked. Nothing was written.');
  }
  if (problem) throw problem;
  for (const [name, d] of declared) {
    const bytes = out.get(name);
    if (!bytes || bytes.length !== d.originalSize) throw refuse('This .iccvisit file is incomplete or damaged (an entry is shorter than declared). Nothing was written.');
  }
  return out;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
