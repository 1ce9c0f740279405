/**
 * Recognises an attachment by its first bytes (magic numbers), never by its name alone, and checks that
 * the name's extension says the same. Only formats an expert plausibly hands in are accepted.
 */
export interface SniffedType {
  kind: 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'text';
  mime: string;
  /** Extensions (lower case, no dot) that may carry this content. */
  extensions: string[];
  image: boolean;
}

const TYPES: Record<SniffedType['kind'], Omit<SniffedType, 'kind'>> = {
  png: { mime: 'image/png', extensions: ['png'], image: true },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], image: true },
  gif: { mime: 'image/gif', extensions: ['gif'], image: true },
  webp: { mime: 'image/webp', extensions: ['webp'], image: true },
  pdf: { mime: 'application/pdf', extensions: ['pdf'], image: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], image: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], image: false },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], image: false },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], image: false },
  text: { mime: 'text/plain', extensions: ['txt', 'md', 'csv'], image: false },
};

export const ACCEPTED_EXTENSIONS = Object.values(TYPES).flatMap((t) => t.extensions);

const startsWith = (bytes: Uint8Array, sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function sniff(bytes: Uint8Array, fileName: string): SniffedType | null {
  const ext = extensionOf(fileName);
  let kind: SniffedType['kind'] | null = null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) kind = 'png';
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) kind = 'jpeg';
  else if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') kind = 'gif';
  else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') kind = 'webp';
  else if (ascii(bytes, 0, 5) === '%PDF-') kind = 'pdf';
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are zip archives; which one is told by a part name near the start or by the extension.
    const head = ascii(bytes, 0, Math.min(bytes.length, 4096));
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) kind = 'odt';
    else if (head.includes('word/')) kind = 'docx';
    else if (head.includes('xl/')) kind = 'xlsx';
    else if (head.includes('ppt/')) kind = 'pptx';
    else if (ext === 'docx' || ext === 'xlsx' || ext === 'pptx') kind = ext;
  } else if (isPlainText(bytes)) kind = 'text';
  return kind ? { kind, ...TYPES[kind] } : null;
}

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? trimPartialUtf8(sample) : sample);
    return true;
  } catch {
    return false;
  }
}

/** A sample cut mid-character must not count as invalid UTF-8. */
function trimPartialUtf8(b: Uint8Array): Uint8Array {
  const end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const c = b[end - i]!;
    if ((c & 0xc0) === 0xc0) return b.subarray(0, end - i);
    if ((c & 0x80) === 0) break;
  }
  return b;
}

/** Pixel size of a PNG, JPEG, GIF or WebP (VP8X/VP8/VP8L), or null when it cannot be read. */
export function imageSize(bytes: Uint8Array, kind: SniffedType['kind']): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'png') return { width: view.getUint32(16), height: view.getUint32(20) };
    if (kind === 'gif') return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
    if (kind === 'webp') {
      const chunk = ascii(bytes, 12, 16);
      if (chunk === 'VP8X') return { width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff) };
      if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
      if (chunk === 'VP8L') {
        const bits = view.getUint32(21, true);
        return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
      }
      return null;
    }
    if (kind === 'jpeg') {
      let i = 2;
      while (i + 9 < bytes.length) {
        if (bytes[i] !== 0xff) return null;
        const marker = bytes[i + 1]!;
        const length = view.getUint16(i + 2);
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
          return { width: view.getUint16(i + 7), height: view.getUint16(i + 5) };
        }
        i += 2 + length;
      }
    }
  } catch {
    return null;
  }
  return null;
}
