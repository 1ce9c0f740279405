import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { useTempDir } from '../../../../test/support/temp';
import { createStakeholder, deleteStakeholder, listStakeholders } from '../stakeholders';
import { deleteMeeting, getNote, saveDay, saveMeeting, saveNote, search } from '../interviews';
import { eraseCheckpoint, ftsTables } from './erase';
import { testApi } from './test-helpers';

// Distinctive names: they appear nowhere else, so any byte match is a leftover of the deleted person.
const GONE = ['Zbigniewa', 'Quorthwaite', 'Oswaldina', 'Prettybrook'];
const KEPT = 'Marguerite Keepsworth';

/** Every byte of the visit on disk: the file and its WAL, lowercased (FTS stores lowercase terms). */
const diskText = (path: string) =>
  ['', '-wal']
    .filter((s) => existsSync(path + s))
    .map((s) => readFileSync(path + s).toString('latin1').toLowerCase())
    .join('\n');

describe('erasure of personal data', () => {
  const tempDir = useTempDir('icc-erase-');

  it('removes a deleted stakeholder and note from the file, its WAL and the search index, and nothing else', async () => {
    const api = testApi(tempDir());
    const visit = api.ctx.library.create({ title: 'Erasure', city: 'Lindenhaven', country: 'NL', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en', notes: '' });
    const handle = api.ctx.library.get(visit.id);
    const gone = createStakeholder(handle, { name: 'Zbigniewa Quorthwaite', category: 'civil_society', contactPerson: 'Zbigniewa Quorthwaite', contactDetails: 'zbigniewa.quorthwaite@example.org', notes: 'Met Zbigniewa twice.' });
    const kept = createStakeholder(handle, { name: KEPT, category: 'civil_society', notes: 'Keeps the library open late.' });
    const day = saveDay(handle, { date: '2027-03-15', label: 'Day 1' });
    const m1 = saveMeeting(handle, { dayId: day.id, startTime: '09:00', endTime: '10:00', title: 'Round table', kind: 'round_table' });
    const m2 = saveMeeting(handle, { dayId: day.id, startTime: '11:00', endTime: '12:00', title: 'Library visit', kind: 'site_visit' });
    saveNote(handle, { meetingId: m1.id, baseRevision: 0, html: '<p>Zbigniewa Quorthwaite explained the mediation service.</p>' });
    saveNote(handle, { meetingId: m2.id, baseRevision: 0, html: '<p>Oswaldina Prettybrook showed the reading room. The reading room stays open late.</p>' });
    // Fill the file with other work, and put everything into the main file as a long-running app would.
    for (let i = 0; i < 200; i++) createStakeholder(handle, { name: `Organisation ${i}`, category: 'civil_society', notes: 'x'.repeat(300) });
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = diskText(handle.path);
    for (const word of GONE) expect(before, `${word} is on disk before the deletion`).toContain(word.toLowerCase());

    // The deletions, through the owners' services: a stakeholder, a whole meeting note, a name edited out of a note.
    deleteStakeholder(handle, gone.id);
    deleteMeeting(handle, m1.id);
    saveNote(handle, { meetingId: m2.id, baseRevision: 1, html: '<p>A participant showed the reading room. The reading room stays open late.</p>' });
    const leftovers = diskText(handle.path);
    expect(GONE.some((w) => leftovers.includes(w.toLowerCase())), 'without the erase step the names are still on disk').toBe(true);

    expect(eraseCheckpoint(handle.sqlite)).toBe(true);

    const after = diskText(handle.path);
    for (const word of GONE) expect(after, `${word} is still somewhere in the visit file or its WAL`).not.toContain(word.toLowerCase());
    for (const word of GONE) expect(search(handle, word).total, word).toBe(0);
    // Whatever FTS5 tables the file has (their names belong to the interviews engineer).
    const fts = ftsTables(handle.sqlite);
    expect(fts.length).toBeGreaterThan(0);
    const matches = (word: string) => fts.reduce((n, t) => n + (handle.sqlite.prepare(`SELECT count(*) AS n FROM "${t}" WHERE "${t}" MATCH ?`).get(word) as { n: number }).n, 0);
    for (const word of GONE) expect(matches(word.toLowerCase()), word).toBe(0);

    // Exactly the intended rows went.
    const names = listStakeholders(handle).map((s) => s.name);
    expect(names).toHaveLength(201);
    expect(names).toContain(KEPT);
    expect(names).not.toContain('Zbigniewa Quorthwaite');
    expect(getNote(handle, m2.id).html).toContain('The reading room stays open late.');
    expect(matches('keepsworth')).toBe(1);
    expect(matches('reading')).toBe(1);
    expect(kept.id).toBeTruthy();
    expect(handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    api.close();
  });
});

describe('erasure safety net', () => {
  const tempDir = useTempDir('icc-erase-close-');

  it('clears search-index leftovers of deleted people when the visit is closed, even if the deleting code forgot', async () => {
    const api = testApi(tempDir());
    const visit = api.ctx.library.create({ title: 'Erasure', city: 'Lindenhaven', country: 'NL', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en', notes: '' });
    const handle = api.ctx.library.get(visit.id);
    const gone = createStakeholder(handle, { name: 'Zbigniewa Quorthwaite', category: 'civil_society' });
    for (let i = 0; i < 50; i++) createStakeholder(handle, { name: `Organisation ${i}`, category: 'civil_society' });
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    deleteStakeholder(handle, gone.id);
    api.ctx.library.close(visit.id);
    const after = diskText(api.ctx.library.pathFor(visit.id));
    expect(after).not.toContain('quorthwaite');
    expect(after).toContain('organisation');
    api.close();
  });
});
