import type { PickedFile, PickFileOptions } from './api-client';
import type { Result } from './result';

/** The shape of window.api in the Electron window (built by the preload). */
export interface ElectronBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  pickFile(options: PickFileOptions): Promise<Result<PickedFile | null>>;
  saveFile(fileToken: string, suggestedName: string): Promise<Result<{ saved: boolean }>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
}
