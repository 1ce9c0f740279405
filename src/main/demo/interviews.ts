import { randomUUID } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { isIndicatorId } from '../../shared/domain/indicators';
import { STAKEHOLDER_CATEGORIES } from '../../shared/domain/stakeholders';
import { addAttachment, addParticipant, createPassage, saveDay, saveMeeting, saveNote } from '../services/interviews';
import { listStakeholders } from '../services/stakeholders';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';
import { CODE_OF, DEMO_DAYS, DEMO_MEETINGS } from './interviews-data';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A photo-like flipchart for the demo's workshop, drawn with resvg so no binary asset is shipped. */
function flipchartPng(): Buffer {
  const lines = ['Strategy governance — ideas', '• steering group 50/50', '• written answer to advice', '• budget for the council', '• youth seat'];
  const text = lines.map((l, i) => `<text x="60" y="${110 + i * 70}" font-size="${i ? 40 : 48}" fill="${i ? '#1c3d7a' : '#c92a2a'}" font-family="sans-serif">${esc(l)}</text>`).join('');
  return new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="900" height="560"><rect width="900" height="560" fill="#fdfdf6"/><rect x="20" y="20" width="860" height="520" fill="none" stroke="#ced4da" stroke-width="4"/>${text}</svg>`).render().asPng();
}

/**
 * The demo visit's agenda (22 meetings over three days), notes with 150+ coded passages across most
 * policy areas, participants linked to the demo map's stakeholders and mixed consent. Runs after the
 * map seed, so it links to those records by name and creates the few that are missing.
 */
export function seedInterviews(visitId: string, library: VisitLibrary, clock: Clock): void {
  const handle = library.get(visitId);
  const experts = library.summary(visitId).profile.experts.map((e) => e.name);
  const byName = new Map(listStakeholders(handle).map((s) => [s.name, s.id]));
  const categories = new Set(STAKEHOLDER_CATEGORIES.map((c) => c.id));
  handle.sqlite
    .transaction(() => {
      const days = DEMO_DAYS.map((d) => saveDay(handle, d, clock));
      for (const m of DEMO_MEETINGS) {
        const day = days[m.day]!;
        const meeting = saveMeeting(
          handle,
          { dayId: day.id, startTime: m.start, endTime: m.end, kind: m.kind, title: m.title, place: m.place, policyAreas: m.areas.map((a) => `v2.${a}`), team: m.team.map((i) => experts[i]).filter((n): n is string => !!n) },
          clock,
        );
        const people = m.participants.map(([name, role, stakeholder, status, scope]) => {
          const known = byName.get(stakeholder) ?? null;
          // A lower-case or category-like label means "no record of its own" (parents, teachers, the public).
          const create = !known && categories.has(stakeholder.toLowerCase()) ? { category: stakeholder.toLowerCase(), organisation: '' } : undefined;
          const p = addParticipant(handle, meeting.id, { name, role, stakeholderId: known, consent: { status, date: status === 'not_asked' ? null : day.date, scope } }, { createStakeholder: create }, clock);
          if (create && p.stakeholderId) byName.set(stakeholder, p.stakeholderId);
          return p;
        });
        const coded = m.statements.map(([code, areas, text, speaker]) => ({ id: randomUUID(), code: CODE_OF[code], areas: areas.map((a) => `v2.${a}`).filter(isIndicatorId), text, speaker: speaker === null ? null : people[speaker]! }));
        const html =
          `<h3>Context</h3><p>${esc(m.intro)}</p><h3>Notes</h3>` +
          coded
            .map((c) => {
              const lead = c.speaker ? `<strong>${esc(c.speaker.name)}</strong>: ` : '';
              const span = `<span data-passage-id="${c.id}" data-code="${c.code}">${esc(c.text)}</span>`;
              return c.code === 'quote' ? `<blockquote><p>${lead}${span}</p></blockquote>` : c.code === 'recommendation' ? `<ul><li>${span}</li></ul>` : `<p>${lead}${span}</p>`;
            })
            .join('');
        saveNote(handle, { meetingId: meeting.id, html, baseRevision: 0 }, clock);
        for (const c of coded) {
          createPassage(handle, meeting.id, { id: c.id, code: c.code, text: c.text, policyAreas: c.areas, stakeholderIds: c.speaker?.stakeholderId ? [c.speaker.stakeholderId] : [] }, clock);
        }
        if (m.kind === 'workshop' && m.title.startsWith('Strategy workshop')) addAttachment(handle, meeting.id, 'flipchart-governance.png', flipchartPng(), clock);
      }
    })
    .immediate();
}
