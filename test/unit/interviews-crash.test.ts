import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { useTempDir } from '../support/temp';
import { VisitLibrary } from '../../src/main/services/visit-library';
import { applyTemplate, listMeetings } from '../../src/main/services/interviews/agenda';
import { getNote } from '../../src/main/services/interviews/notes';
import { htmlToText } from '../../src/main/services/interviews/sanitize';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The renderer's Autosaver over the real service in a child process, killed mid-typing (SIGKILL, no cleanup). */
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

    const root = join(import.meta.dirname, '../..');
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
