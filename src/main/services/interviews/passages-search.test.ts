import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/support/temp';
import { createStakeholder, deleteStakeholder, updateStakeholder } from '../stakeholders';
import { addParticipant, deleteMeeting, saveMeeting, updateParticipant } from './agenda';
import { getNote, saveNote } from './notes';
import { createPassage, deletePassage, findingsByPolicyArea, findingsByStakeholder, getPassage, listCodedPassages, updatePassage } from './passages';
import { makeSnippet, search, toFtsQuery } from './search';
import { visitWithAgenda } from './test-helpers';

describe('coded passages and consent', () => {
  const tempDir = useTempDir();

  it('codes, recodes, retags and deletes a passage without losing its text', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[0]!;
    const sh = createStakeholder(handle, { name: 'Mayor van Dijk', category: 'political_leadership' });
    saveNote(handle, { meetingId: mid, html: '<p>The mayor said: <span data-passage-id="pass-1" data-code="quote">diversity is our harbour’s history</span>.</p>', baseRevision: 0 });
    const p = createPassage(handle, mid, { id: 'pass-1', code: 'quote', text: 'diversity is our harbour’s history', policyAreas: ['v2.commitment'], stakeholderIds: [sh.id] });
    expect(p).toMatchObject({ code: 'quote', policyAreas: ['v2.commitment'], stakeholderIds: [sh.id], meetingId: mid });
    const recoded = updatePassage(handle, p.id, { code: 'strength', policyAreas: ['v2.commitment', 'v2.education'] });
    expect(recoded).toMatchObject({ code: 'strength', text: p.text, policyAreas: ['v2.commitment', 'v2.education'] });
    expect(getNote(handle, mid).html).toContain('data-code="strength"');
    expect(() => updatePassage(handle, p.id, { policyAreas: ['v2.<script>'] })).toThrow(/not a policy area/);
    expect(getPassage(handle, p.id).policyAreas).toEqual(['v2.commitment', 'v2.education']);
    expect(findingsByPolicyArea(handle).map((g) => g.key)).toEqual(['v2.commitment', 'v2.education']);
    expect(findingsByStakeholder(handle)[0]!.key).toBe(sh.id);
    // Deleting the stakeholder erases the tag, not the passage.
    deleteStakeholder(handle, sh.id);
    expect(getPassage(handle, p.id).stakeholderIds).toEqual([]);
    deletePassage(handle, p.id);
    expect(listCodedPassages(handle)).toEqual([]);
    const note = getNote(handle, mid);
    expect(note.html).toContain('diversity is our harbour’s history');
    expect(note.html).not.toContain('data-passage-id');
    library.closeAll();
  });

  it('applies the most restrictive consent of the speakers and hides unquotable quotes downstream', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[3]!;
    const a = createStakeholder(handle, { name: 'Amal Benali', category: 'migrant_minority_org' });
    const b = createStakeholder(handle, { name: 'Piet Jansen', category: 'ngo_civil_society' });
    const pa = addParticipant(handle, mid, { name: 'Amal Benali', role: 'Chair, Moroccan Women’s Association', stakeholderId: a.id, consent: { status: 'given', date: '2027-03-16', scope: 'quote_by_name' } });
    addParticipant(handle, mid, { name: 'Piet Jansen', stakeholderId: b.id, consent: { status: 'given', date: '2027-03-16', scope: 'quote_anonymously' } });
    const byName = createPassage(handle, mid, { code: 'quote', text: 'We were never asked.', stakeholderIds: [a.id], policyAreas: ['v2.participation'] });
    expect(byName.consent).toMatchObject({ scope: 'quote_by_name', attribution: 'Amal Benali (Chair, Moroccan Women’s Association)' });
    const both = createPassage(handle, mid, { code: 'quote', text: 'Both said so.', stakeholderIds: [a.id, b.id] });
    expect(both.consent).toMatchObject({ scope: 'quote_anonymously', attribution: null });
    const untagged = createPassage(handle, mid, { code: 'quote', text: 'Someone said.' });
    expect(untagged.consent.scope).toBe('quote_anonymously');
    updateParticipant(handle, pa.id, { name: 'Amal Benali', stakeholderId: a.id, consent: { status: 'declined', date: '2027-03-16', scope: 'quote_by_name' } });
    expect(getPassage(handle, byName.id).consent).toMatchObject({ scope: 'no_quote', attribution: null });
    const quotable = listCodedPassages(handle, { quotableOnly: true }).map((p) => p.id);
    expect(quotable).not.toContain(byName.id);
    expect(quotable).not.toContain(both.id);
    // A meeting with nobody who consented: no quote.
    const lonely = createPassage(handle, meetingIds[5]!, { code: 'quote', text: 'Nobody recorded.' });
    expect(lonely.consent.scope).toBe('no_quote');
    library.closeAll();
  });
});

describe('search', () => {
  const tempDir = useTempDir();

  it('cuts snippets around the first match without reading the rest of a long note', () => {
    const long = `Les écoles du quartier Noord travaillent ensemble. ${'autre texte '.repeat(100_000)}`;
    const t0 = performance.now();
    expect(makeSnippet(long, ['ecole'])).toBe('Les \uE000écoles\uE001 du quartier Noord travaillent ensemble. autre texte autre texte autre texte autre…');
    expect(performance.now() - t0).toBeLessThan(50);
    expect(makeSnippet('Only the title matched here', ['zzz'])).toBe('Only the title matched here');
  });

  it('turns anything typed into a safe query', () => {
    expect(toFtsQuery('équipe "quartier" OR title:x*')).toBe('"équipe"* "quartier"* "OR"* "title"* "x"*');
    expect(toFtsQuery('  ;-) ')).toBeNull();
  });

  it('finds notes, passages and stakeholders accent-insensitively, with highlighted snippets, and forgets deleted rows', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    saveNote(handle, { meetingId: meetingIds[1]!, html: '<p>L’<strong>équipe</strong> de médiation du quartier Noord travaille avec les écoles.</p>', baseRevision: 0 });
    createPassage(handle, meetingIds[1]!, { code: 'strength', text: 'équipe de médiation', policyAreas: ['v2.mediation'] });
    const sh = createStakeholder(handle, { name: 'Église réformée', organisation: 'Médiation interreligieuse', category: 'religious_group' });
    const result = search(handle, 'equipe');
    expect(result.groups.map((g) => g.kind)).toEqual(['note', 'passage']);
    expect(result.groups[0]!.hits[0]!.snippet).toContain('\uE000équipe\uE001');
    expect(result.groups[0]!.hits[0]!.meetingId).toBe(meetingIds[1]);
    expect(search(handle, 'MEDIATION').groups.map((g) => g.kind)).toEqual(['note', 'passage', 'stakeholder']);
    expect(search(handle, 'eglise').groups[0]!.hits[0]).toMatchObject({ kind: 'stakeholder', id: sh.id, title: 'Église réformée' });
    expect(search(handle, 'médi').total).toBe(3);
    updateStakeholder(handle, sh.id, { name: 'Temple protestant' });
    expect(search(handle, 'eglise').total).toBe(0);
    deleteStakeholder(handle, sh.id);
    expect(search(handle, 'temple').total).toBe(0);
    deleteMeeting(handle, meetingIds[1]!);
    expect(search(handle, 'equipe').total).toBe(0);
    expect(search(handle, '"); DROP TABLE meeting; --').total).toBe(0);
    library.closeAll();
  });

  it('answers a query matching thousands of notes quickly, newest first', () => {
    const { handle, library } = visitWithAgenda(tempDir());
    const dayId = (handle.sqlite.prepare('SELECT id FROM agenda_day LIMIT 1').get() as { id: string }).id;
    handle.sqlite
      .transaction(() => {
        for (let i = 0; i < 1600; i++) {
          const m = saveMeeting(handle, { dayId, startTime: '09:00', endTime: '10:00', title: `M${i}`, kind: 'interview' });
          saveNote(handle, { meetingId: m.id, html: `<p>Réunion ${i} avec l’école du quartier</p>`, baseRevision: 0 });
        }
      })
      .immediate();
    const t0 = performance.now();
    const result = search(handle, 'ecole');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(result.groups[0]!.hits).toHaveLength(25);
    expect(result.groups[0]!.hits[0]!.snippet).toContain('Réunion 1599');
    expect(search(handle, 'reunion 1599').groups[0]!.hits.map((h) => h.title)).toEqual(['M1599']);
    library.closeAll();
  });
});
