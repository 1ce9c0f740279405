import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/support/temp';
import { createStakeholder, deleteStakeholder } from '../stakeholders';
import { addParticipant, applyTemplate, deleteDay, deleteMeeting, getMeeting, listMeetings, removeParticipant, saveDay, saveMeeting, updateParticipant } from './agenda';
import { getNote, saveNote } from './notes';
import { visitWithAgenda } from './test-helpers';
import { AppError } from '../../util/errors';

describe('agenda', () => {
  const tempDir = useTempDir();

  it('starts from the three-day template of domain §3.1, dated from the first day', () => {
    const { handle, library } = visitWithAgenda(tempDir());
    const agenda = listMeetings(handle);
    expect(agenda.days.map((d) => d.date)).toEqual(['2027-03-15', '2027-03-16', '2027-03-17']);
    const kinds = agenda.days.flatMap((d) => d.meetings.map((m) => m.kind));
    expect(kinds).toContain('round_table');
    expect(kinds).toContain('site_visit');
    expect(kinds).toContain('presentation');
    expect(kinds.at(-1)).toBe('debrief');
    expect(agenda.days[0]!.meetings[0]!.title).toMatch(/mayor/i);
    expect(agenda.days[0]!.meetings[0]!.team).toEqual(['Dr. Amira Haddad', 'Tomás Ferreira']);
    expect(() => applyTemplate(handle, { startDate: null, lang: 'en', team: [] })).toThrow(/already has days/);
    library.closeAll();
  });

  it('edits every item: days, meetings, times, kinds, policy areas; refuses bad input with a clear message', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const day = saveDay(handle, { date: '2027-03-18', label: 'Extra day' });
    const m = saveMeeting(handle, { dayId: day.id, startTime: '08:00', endTime: '09:00', title: 'Breakfast with youth council', place: 'Café Noord', kind: 'workshop', policyAreas: ['v2.participation'], team: ['Claire Dubois'] });
    expect(getMeeting(handle, m.id)).toMatchObject({ title: 'Breakfast with youth council', kind: 'workshop', policyAreas: ['v2.participation'] });
    const edited = saveMeeting(handle, { id: m.id, dayId: day.id, startTime: '08:30', endTime: '09:30', title: 'Breakfast', place: '', kind: 'interview', policyAreas: [], team: [] });
    expect(edited).toMatchObject({ startTime: '08:30', kind: 'interview', policyAreas: [] });
    expect(() => saveMeeting(handle, { dayId: day.id, startTime: '10:00', endTime: '09:00', title: 'x', kind: 'interview' })).toThrow(/ends before it starts/);
    expect(() => saveMeeting(handle, { dayId: day.id, startTime: '25:00', endTime: '26:00', title: 'x', kind: 'interview' })).toThrow(/time like 09:30/);
    expect(() => saveMeeting(handle, { dayId: day.id, startTime: '09:00', endTime: '10:00', title: 'x', kind: 'interview', policyAreas: ['v9.nope'] })).toThrow(/not a policy area/);
    expect(() => saveMeeting(handle, { dayId: day.id, startTime: '09:00', endTime: '10:00', title: '  ', kind: 'interview' })).toThrow(/title/);
    deleteMeeting(handle, meetingIds[0]!);
    expect(() => getMeeting(handle, meetingIds[0]!)).toThrow(AppError);
    deleteDay(handle, day.id);
    expect(listMeetings(handle).days).toHaveLength(3);
    library.closeAll();
  });

  it('links participants to stakeholders, creating one from a name in one step; deleting the stakeholder keeps the participant', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[0]!;
    const p = addParticipant(handle, mid, { name: 'Mayor Joris van Dijk', role: 'Mayor' }, { createStakeholder: { category: 'political_leadership', organisation: 'City of Lindenhaven' } });
    expect(p.stakeholderId).toBeTruthy();
    const sh = handle.sqlite.prepare('SELECT name, organisation, category FROM stakeholders WHERE id = ?').get(p.stakeholderId) as Record<string, string>;
    expect(sh).toEqual({ name: 'Mayor Joris van Dijk', organisation: 'City of Lindenhaven', category: 'political_leadership' });
    const existing = createStakeholder(handle, { name: 'Police Lindenhaven', category: 'police_safety' });
    const q = addParticipant(handle, mid, { name: 'Inspector Baaij', stakeholderId: existing.id });
    expect(q.consent).toEqual({ status: 'not_asked', date: null, scope: 'no_quote' });
    const u = updateParticipant(handle, q.id, { name: 'Inspector Baaij', role: 'Community policing', stakeholderId: existing.id, consent: { status: 'given', date: '2027-03-15', scope: 'quote_anonymously' } });
    expect(u.consent).toEqual({ status: 'given', date: '2027-03-15', scope: 'quote_anonymously' });
    expect(() => addParticipant(handle, mid, { name: 'Ghost', stakeholderId: 'nope' })).toThrow(/stakeholder was not found/);
    deleteStakeholder(handle, existing.id);
    expect(getMeeting(handle, mid).participants.find((x) => x.id === q.id)?.stakeholderId).toBeNull();
    removeParticipant(handle, q.id);
    expect(getMeeting(handle, mid).participants).toHaveLength(1);
    library.closeAll();
  });
});

describe('meeting notes', () => {
  const tempDir = useTempDir();

  it('autosaves with revisions and refuses a save based on an old revision (two windows)', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[1]!;
    expect(getNote(handle, mid)).toMatchObject({ html: '', revision: 0 });
    const a = saveNote(handle, { meetingId: mid, html: '<p>First</p>', baseRevision: 0 });
    expect(a.revision).toBe(1);
    const b = saveNote(handle, { meetingId: mid, html: '<p>First words</p>', baseRevision: 1 });
    expect(b.revision).toBe(2);
    // Window B still thinks it is at revision 1.
    expect(() => saveNote(handle, { meetingId: mid, html: '<p>Other window</p>', baseRevision: 1 })).toThrow(/changed in another window/);
    expect(getNote(handle, mid)).toMatchObject({ html: '<p>First words</p>', revision: 2 });
    library.closeAll();
  });

  it('keeps supported formatting and removes everything that could execute', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[2]!;
    const html =
      '<h2 style="color:red" onclick="x()">Title</h2><p><b>bold</b> <i>it</i> <a href="javascript:alert(1)">bad</a> <a href="https://coe.int">ok</a></p>' +
      '<ul><li>one</li></ul><blockquote>quote</blockquote><table><tr><td>cell</td></tr></table><font face="Arial">word</font><span data-passage-id="p1" data-code="quote" onmouseover="x()">coded</span>';
    const saved = saveNote(handle, { meetingId: mid, html, baseRevision: 0 });
    const note = getNote(handle, mid);
    expect(saved.revision).toBe(1);
    expect(note.html).toContain('<h2>Title</h2>');
    expect(note.html).toContain('<strong>bold</strong>');
    expect(note.html).toContain('<em>it</em>');
    expect(note.html).toContain('<a href="https://coe.int" rel="noopener noreferrer">ok</a>');
    expect(note.html).toContain('<blockquote>quote</blockquote>');
    expect(note.html).toContain('<span data-passage-id="p1" data-code="quote">coded</span>');
    expect(note.html).toContain('cell');
    expect(note.html).toContain('word');
    expect(note.html).not.toMatch(/style=|onclick|onmouseover|javascript:|<table|<font/i);
    library.closeAll();
  });

  it('stores a 1 MB paste quickly and refuses a note that is far too large', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[3]!;
    const para = `<p>${'Lorem ipsum dolor sit amet, équipe intégration quartier. '.repeat(20)}</p>`;
    const big = para.repeat(Math.ceil(1_048_576 / para.length));
    const t0 = performance.now();
    saveNote(handle, { meetingId: mid, html: big, baseRevision: 0 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(getNote(handle, mid).html.length).toBeGreaterThan(1_000_000);
    expect(() => saveNote(handle, { meetingId: mid, html: 'x'.repeat(5 * 1024 * 1024), baseRevision: 1 })).toThrow(/larger than/);
    library.closeAll();
  });

  it('neutralises a list of script-injection payloads in notes, participant names and roles', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
      '<p onmouseover="alert(1)" style="x:expression(alert(1))">p</p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<object data="javascript:alert(1)"></object><embed src="x.swf">',
      '<form action="javascript:alert(1)"><button>go</button></form>',
      '<span data-passage-id=""><script>alert(1)</script>" data-code="quote">x</span>',
      '<template><script>alert(1)</script></template><noscript><img src=x onerror=alert(1)></noscript>',
      '<!--<img src=x onerror=alert(1)>-->',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">',
    ];
    let revision = 0;
    for (const payload of payloads) {
      revision = saveNote(handle, { meetingId: meetingIds[0]!, html: `<p>before</p>${payload}<p>after</p>`, baseRevision: revision }).revision;
      const { html } = getNote(handle, meetingIds[0]!);
      expect(html, payload).not.toMatch(/<(script|img|svg|iframe|object|embed|form|button|style|math|template|meta|base|noscript)\b|\son\w+=|javascript:|expression\(/i);
      expect(html).toContain('<p>before</p>');
      const p = addParticipant(handle, meetingIds[1]!, { name: payload, role: payload });
      // Names are plain text: stored as typed, shown as text by the UI, never parsed as markup.
      expect(p.name).toBe(payload.trim());
    }
    library.closeAll();
  });
});
