import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveState } from './autosave';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Autosaver', () => {
  it('saves 300 ms after the last change, at least every 800 ms while typing, one save at a time', async () => {
    const saves: { at: number; html: string; base: number }[] = [];
    let doc = '';
    const start = Date.now();
    const saver = new Autosaver({ read: () => doc, save: async (html, base) => (saves.push({ at: Date.now() - start, html, base }), await sleep(20), { revision: base + 1 }), revision: 0 });
    for (let i = 0; i < 100; i++) {
      doc += 'x';
      saver.change();
      await sleep(20);
    }
    await sleep(400);
    expect(saves.length).toBeGreaterThanOrEqual(2);
    const gaps = saves.slice(1).map((s, i) => s.at - saves[i]!.at);
    expect(Math.max(...gaps)).toBeLessThan(1100);
    expect(saves.at(-1)!.html).toBe('x'.repeat(100));
    expect(saves.map((s) => s.base)).toEqual(saves.map((_, i) => i));
    expect(saver.state).toBe('saved');
  });

  it('stops on a conflict and keeps the change, retries after other errors', async () => {
    const states: SaveState[] = [];
    let fail: 'conflict' | 'offline' | null = 'offline';
    const saver = new Autosaver({
      read: () => 'doc',
      save: async (_h, base) => {
        if (fail) throw Object.assign(new Error(fail), { code: fail });
        return { revision: base + 1 };
      },
      revision: 3,
      retryMs: 50,
      onState: (s) => states.push(s),
      isConflict: (e) => (e as { code?: string }).code === 'conflict',
    });
    saver.change();
    await saver.flush();
    expect(saver.state).toBe('error');
    fail = null;
    await sleep(120);
    expect(saver.state).toBe('saved');
    expect(saver.revision).toBe(4);
    fail = 'conflict';
    saver.change();
    await saver.flush();
    expect(saver.state).toBe('conflict');
    expect(saver.hasUnsaved).toBe(true);
    fail = null;
    saver.resume(10, true);
    await saver.flush();
    expect(saver.revision).toBe(11);
    expect(states).toContain('conflict');
  });
});
