import type { Input, MethodName, Output } from './contract';
import type { Result } from './result';

/**
 * What the renderer holds: one way to call the main side, whatever the transport (Electron IPC or
 * the browser host's HTTP), plus the two file operations that differ between transports.
 */
export interface ApiTransport {
  readonly kind: 'electron' | 'browser';
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Lets the user choose a file; returns a file token for API calls, or null when cancelled. */
  pickFile(options: PickFileOptions): Promise<PickedFile | null>;
  /** Lets the user keep a file the main side produced (save dialog or browser download). */
  saveFile(fileToken: string, suggestedName: string): Promise<{ saved: boolean }>;
}

export interface PickFileOptions {
  title?: string;
  /** File name endings without dot, e.g. ['pdf', 'json', 'csv']. */
  extensions: string[];
  filterName: string;
}

export interface PickedFile {
  fileToken: string;
  name: string;
  size: number;
}
