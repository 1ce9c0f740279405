import { randomUUID } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { MAX_ATTACHMENT_BYTES, type AttachmentInfo } from '../../../shared/domain/interviews';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import { safeName } from '../file-registry';
import type { Handle } from './rows';
import { ACCEPTED_EXTENSIONS, extensionOf, imageSize, sniff } from './sniff';

interface AttachmentRow { id: string; meeting_id: string; file_name: string; mime_type: string; size: number; thumbnail: Buffer | null; thumbnail_mime: string | null; created_at: string }

const THUMB_WIDTH = 240;
const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/**
 * Checks an attachment before anything is stored: size, content type by magic bytes, and agreement
 * between the content and the file's extension. Each refusal says what to do.
 */
export function checkAttachment(fileName: string, bytes: Uint8Array) {
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('file_too_large', `“${safeName(fileName)}” is ${mb(bytes.length)}; attachments can be at most ${mb(MAX_ATTACHMENT_BYTES)}. Take a smaller photo or split the document.`);
  }
  if (bytes.length === 0) throw new AppError('unsupported_file', `“${safeName(fileName)}” is empty, so it was not attached.`);
  const type = sniff(bytes, fileName);
  if (!type) {
    throw new AppError('unsupported_file', `“${safeName(fileName)}” is not a file type ICC Workbench can attach. Attach photos (JPEG, PNG, GIF, WebP) or documents (PDF, Word, Excel, PowerPoint, OpenDocument, text).`);
  }
  const ext = extensionOf(fileName);
  if (!type.extensions.includes(ext)) {
    const what = ACCEPTED_EXTENSIONS.includes(ext) ? `its name ends in “.${ext}” but its content is ${type.kind.toUpperCase()}` : `its name ends in “${ext ? `.${ext}` : 'nothing'}” but its content is ${type.kind.toUpperCase()}`;
    throw new AppError('unsupported_file', `“${safeName(fileName)}” was not attached: ${what}. Rename it to .${type.extensions[0]} if that is what it is, or choose the right file.`);
  }
  return type;
}

/** A small PNG preview of an image, drawn by resvg (no native image library needed); null if it cannot be drawn. */
export function makeThumbnail(bytes: Uint8Array, kind: string, mime: string): Buffer | null {
  const size = imageSize(bytes, kind as never);
  if (!size || size.width <= 0 || size.height <= 0 || size.width * size.height > 80_000_000) return null;
  try {
    const href = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image href="${href}" width="${size.width}" height="${size.height}"/></svg>`;
    return new Resvg(svg, { fitTo: { mode: 'width', value: Math.min(THUMB_WIDTH, size.width) } }).render().asPng();
  } catch {
    return null;
  }
}

const info = (r: AttachmentRow): AttachmentInfo => ({
  id: r.id,
  meetingId: r.meeting_id,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  thumbnail: r.thumbnail ? `data:${r.thumbnail_mime ?? 'image/png'};base64,${r.thumbnail.toString('base64')}` : null,
  createdAt: r.created_at,
});

export function addAttachment(handle: Handle, meetingId: string, fileName: string, bytes: Uint8Array, clock: Clock = systemClock): AttachmentInfo {
  const type = checkAttachment(fileName, bytes);
  if (!handle.sqlite.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId)) throw notFound('This meeting');
  const thumb = type.image ? makeThumbnail(bytes, type.kind, type.mime) : null;
  const id = randomUUID();
  const now = clock.now().toISOString();
  handle.sqlite
    .prepare('INSERT INTO meeting_attachment (id, meeting_id, file_name, mime_type, size, bytes, thumbnail, thumbnail_mime, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, meetingId, safeName(fileName), type.mime, bytes.length, Buffer.from(bytes), thumb, thumb ? 'image/png' : null, now, now);
  return listAttachments(handle, meetingId).find((a) => a.id === id)!;
}

export function listAttachments(handle: Handle, meetingId: string): AttachmentInfo[] {
  const rows = handle.sqlite
    .prepare('SELECT id, meeting_id, file_name, mime_type, size, thumbnail, thumbnail_mime, created_at FROM meeting_attachment WHERE meeting_id = ? ORDER BY created_at')
    .all(meetingId) as AttachmentRow[];
  return rows.map(info);
}

export function attachmentBytes(handle: Handle, id: string): { fileName: string; mimeType: string; bytes: Buffer } {
  const row = handle.sqlite.prepare('SELECT file_name, mime_type, bytes FROM meeting_attachment WHERE id = ?').get(id) as { file_name: string; mime_type: string; bytes: Buffer } | undefined;
  if (!row) throw notFound('This attachment');
  return { fileName: row.file_name, mimeType: row.mime_type, bytes: row.bytes };
}

export function deleteAttachment(handle: Handle, id: string): { deleted: true } {
  const res = handle.sqlite.prepare('DELETE FROM meeting_attachment WHERE id = ?').run(id);
  if (res.changes === 0) throw notFound('This attachment');
  return { deleted: true };
}
