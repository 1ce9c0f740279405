import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ProducedFile } from '../../shared/contract/common';
import { AppError } from '../util/errors';

export interface RegisteredFile {
  path: string;
  name: string;
  size: number;
  mimeType: string;
  /** Temporary copies (uploads, produced exports) are deleted when released. */
  temporary: boolean;
}

/**
 * Files cross the API as opaque tokens, never as paths: a native dialog (Electron) or an upload
 * (browser host) registers a file and the renderer only ever sees "ft_…". Exports are written to a
 * private temporary folder and handed to the user by a save dialog or a download.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();
  readonly tempDir: string;

  constructor(dataDir: string) {
    this.tempDir = join(dataDir, '.tmp');
    rmSync(this.tempDir, { recursive: true, force: true });
    mkdirSync(this.tempDir, { recursive: true, mode: 0o700 });
  }

  private newToken(): string {
    return `ft_${randomBytes(18).toString('base64url')}`;
  }

  /** A file the user chose in a native dialog. */
  registerPath(path: string): string {
    const token = this.newToken();
    this.files.set(token, { path, name: basename(path), size: statSync(path).size, mimeType: 'application/octet-stream', temporary: false });
    return token;
  }

  /** A file whose bytes arrived from the browser host: kept in the private temporary folder. */
  registerUpload(name: string, bytes: Uint8Array): string {
    const token = this.newToken();
    const path = join(this.tempDir, token);
    writeFileSync(path, bytes, { mode: 0o600 });
    this.files.set(token, { path, name: safeName(name), size: bytes.length, mimeType: 'application/octet-stream', temporary: true });
    return token;
  }

  /** Makes a path for a file the app is about to produce; register it with `produced` once complete. */
  tempPath(suffix = ''): string {
    return join(this.tempDir, `${randomBytes(9).toString('hex')}${suffix}`);
  }

  produced(path: string, fileName: string, mimeType: string): ProducedFile {
    const token = this.newToken();
    const size = statSync(path).size;
    this.files.set(token, { path, name: safeName(fileName), size, mimeType, temporary: true });
    return { fileToken: token, fileName: safeName(fileName), size, mimeType };
  }

  resolve(token: string): RegisteredFile {
    const file = this.files.get(token);
    if (!file) throw new AppError('not_found', { en: 'The chosen file is no longer available. Choose it again.', fr: 'Le fichier choisi n’est plus disponible. Choisissez-le à nouveau.' });
    return file;
  }

  /** Copies a produced file to where the user chose to save it. */
  copyTo(token: string, destination: string): void {
    copyFileSync(this.resolve(token).path, destination);
  }

  release(token: string): void {
    const file = this.files.get(token);
    if (!file) return;
    this.files.delete(token);
    if (file.temporary) rmSync(file.path, { force: true });
  }

  dispose(): void {
    this.files.clear();
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/** Keeps a file name a file name: no folders, no control characters, not empty. */
export function safeName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .slice(0, 180)
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'file';
}
