import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Autosaver, type SaveState } from './autosave';
import { useTempDir } from '../../../../../test/support/temp';
import { VisitLibrary } from '../../../../main/services/visit-library';
import { applyTemplate, listMeetings } from '../../../../main/services/interviews/agenda';
import { getNote } from '../../../../main/services/interviews/notes';
import { htmlToText } from '../../../../main/services/interviews/sanitize';

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

describe('killing the app in the middle of typing', () => {
  const tempDir = useTempDir();

  it('loses at most the last second of typing', async () => {
    const dataDir = tempDir();
    const library = new VisitLibrary(dataDir, { now: () => new Date() });
    const visit = library.create({ title: 'Crash', city: 'Lindenhaven', country: '', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en', notes: '' });
    const handle = library.get(visit.id);
    applyTemplate(handle, { startDate: null, lang: 'en', team: [] });
    const meetingId = listMeetings(handle).days[0]!.meetings[0]!.id;
    library.closeAll();

    const root = join(import.meta.dirname, '../../../../..');
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/support/interviews-typist.ts'), dataDir, visit.id, meetingId], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const keystrokes: { n: number; at: number }[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^k (\d+) (\d+)$/.exec(line);
        if (m) keystrokes.push({ n: Number(m[1]), at: Number(m[2]) });
      }
    });
    const exited = new Promise((r) => child.once('exit', r));
    // Type for a while, then pull the plug at a moment that is not aligned with the save timer.
    const deadline = Date.now() + 30_000;
    while (keystrokes.length < 120 && Date.now() < deadline) await sleep(20);
    expect(keystrokes.length, `typist did not start: ${stderr}`).toBeGreaterThanOrEqual(120);
    await sleep(150 + Math.random() * 500);
    child.kill('SIGKILL');
    const killedAt = Date.now();
    await exited;

    const reopened = new VisitLibrary(dataDir, { now: () => new Date() });
    const saved = htmlToText(getNote(reopened.get(visit.id), meetingId).html);
    reopened.closeAll();
    const typedBeforeLastSecond = keystrokes.filter((k) => k.at <= killedAt - 1000).length;
    expect(saved.length).toBeGreaterThanOrEqual(typedBeforeLastSecond);
    expect(saved.length).toBeLessThanOrEqual(keystrokes.at(-1)!.n);
    // What was saved is exactly the start of what was typed, never a torn write.
    expect(saved).toBe('abcdefghijklmnopqrstuvwxyz'.repeat(50).slice(0, saved.length));
  }, 60_000);
});
