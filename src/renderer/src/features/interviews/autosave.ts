/**
 * The note autosaver, free of React and the DOM so it can be tested in Node (and driven by the crash
 * test in a child process). Typing marks the note dirty; a save runs 300 ms after the last change, and
 * at the latest `maxWaitMs` after the first unsaved change, so continuous typing is still committed
 * about every second: a crash loses at most the last second. One save is in flight at a time; changes
 * made meanwhile are saved right after. A 'conflict' answer (another window saved) stops autosaving
 * until the user chooses what to keep.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface SaveOutcome {
  revision: number;
}

export interface AutosaverOptions {
  /** Reads the current document only when a save runs (serialising a big note per keystroke would lag). */
  read: () => string;
  save: (html: string, baseRevision: number) => Promise<SaveOutcome>;
  revision: number;
  delayMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
  onState?: (state: SaveState, error?: unknown) => void;
  /** Error codes that mean "someone else saved": the autosaver stops instead of retrying. */
  isConflict?: (error: unknown) => boolean;
}

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt: number | null = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private stopped = false;
  state: SaveState = 'saved';
  revision: number;

  constructor(private readonly options: AutosaverOptions) {
    this.revision = options.revision;
  }

  /** Call on every change of the document. */
  change(): void {
    if (this.stopped) return;
    this.dirty = true;
    const now = Date.now();
    this.firstDirtyAt ??= now;
    if (this.state !== 'saving' && this.state !== 'conflict') this.setState('pending');
    const delay = this.options.delayMs ?? 300;
    const maxWait = this.options.maxWaitMs ?? 800;
    const due = Math.min(delay, Math.max(0, this.firstDirtyAt + maxWait - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), due);
  }

  /** Saves now if there is anything unsaved (blur, page hide, switching meeting). Resolves when committed. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) {
      await this.inFlight;
      if (this.dirty && !this.stopped && this.state !== 'conflict') return this.flush();
      return;
    }
    if (!this.dirty || this.stopped || this.state === 'conflict') return;
    this.dirty = false;
    this.firstDirtyAt = null;
    const html = this.options.read();
    this.setState('saving');
    this.inFlight = this.options
      .save(html, this.revision)
      .then((result) => {
        this.revision = result.revision;
        this.setState(this.dirty ? 'pending' : 'saved');
      })
      .catch((error: unknown) => {
        if (this.options.isConflict?.(error)) {
          this.dirty = true;
          this.setState('conflict', error);
          return;
        }
        // Offline or failing: keep the change and try again shortly.
        this.dirty = true;
        this.firstDirtyAt ??= Date.now();
        this.setState('error', error);
        if (!this.stopped) this.timer = setTimeout(() => void this.flush(), this.options.retryMs ?? 1000);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    if (this.dirty && this.state === 'pending') this.change();
  }

  /** After a conflict: continue from another revision (to overwrite with mine, or after loading theirs). */
  resume(revision: number, dirty: boolean): void {
    this.revision = revision;
    this.dirty = dirty;
    this.setState(dirty ? 'pending' : 'saved');
    if (dirty) this.change();
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private setState(state: SaveState, error?: unknown) {
    if (state === this.state && state !== 'error') return;
    this.state = state;
    this.options.onState?.(state, error);
  }
}
