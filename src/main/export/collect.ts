/**
 * Gathers everything a Word export needs from the visit file into StrategyDocumentData: the strategy,
 * the city profile, the latest Index report, the stakeholder map, meetings and coded passages. In
 * anonymised mode, people are replaced here, once, so no builder can leak a name.
 */
import { indicatorName, INDICATORS } from '../../shared/domain/indicators';
import { categoryLabel, type Stakeholder } from '../../shared/domain/stakeholders';
import { strategySectionIds, type StrategySectionId } from '../../shared/contract/exports';
import type { Language } from '../../shared/contract/common';
import type { VisitSummary } from '../../shared/domain/visit';
import { getStrategy } from '../services/strategy';
import type { VisitHandle } from '../services/visit-library';
import { deepMapStrings, makeScrubber } from './anonymise';
import type { ActionRow, Availability, FindingArea, MeetingRow, StrategyDocumentData } from './document-data';
import { docTexts, fill } from './docx/texts';
import { readLatestIndex, readMapSvg, readMeetings, readPassages, readStakeholders, type RawMeeting, type RawPassage } from './sources';

export interface CollectOptions {
  lang: Language;
  anonymise: boolean;
  sections?: readonly StrategySectionId[];
  /** YYYY-MM-DD printed on the cover. */
  date: string;
}

/** Runs a reader; a failing area becomes a placeholder in the document instead of a failed export. */
function attempt<T>(what: string, read: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    console.error(`[export] could not read ${what}:`, error);
    return { ok: false };
  }
}

export function collectDocumentData(handle: VisitHandle, summary: VisitSummary, options: CollectOptions): StrategyDocumentData {
  const { lang, anonymise } = options;
  const t = docTexts(lang);
  const profile = summary.profile;
  const strategy = getStrategy(handle);
  const stakeholdersRead = attempt('stakeholders', () => readStakeholders(handle));
  const stakeholders = stakeholdersRead.ok ? stakeholdersRead.value : [];
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const meetingsRead = attempt('meetings', () => readMeetings(handle));
  const passagesRead = attempt('coded passages', () => readPassages(handle));
  const indexRead = attempt('Index report', () => readLatestIndex(handle));

  // Who counts as a person: the visiting team, meeting participants, speakers, contact persons, and
  // stakeholders whose name sits next to a separate organisation (the name is then a person's).
  const people = new Set<string>(profile.experts.map((e) => e.name));
  const contacts = new Set<string>();
  for (const s of stakeholders) {
    if (s.contactPerson) people.add(s.contactPerson);
    if (s.contactDetails) for (const part of s.contactDetails.split(/[\n;,]+/)) contacts.add(part);
    if (personLike(s)) people.add(s.name);
  }
  if (meetingsRead.ok) for (const m of meetingsRead.value) for (const p of m.participants) if (p.name) people.add(p.name);
  if (passagesRead.ok) for (const p of passagesRead.value) for (const n of p.speakerNames) if (n) people.add(n);
  for (const line of strategy.doc.authors.split(/[\n;,]+|\band\b|\bet\b|\bwith\b|\bavec\b/)) if (looksLikePersonName(line.trim().replace(PERSON_TITLE, ''))) people.add(line.trim());

  /** How a stakeholder is named in the document: the organisation when anonymised, never a person. */
  const stakeholderName = (id: string | null): string => {
    const s = id ? byId.get(id) : undefined;
    if (!s) return '';
    if (!anonymise) return s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name;
    return s.organisation || (personLike(s) ? categoryLabel(s.category, lang) : s.name);
  };

  /** The organisation a participant speaks for: never a person's name. */
  const orgName = (id: string | null): string => {
    const s = id ? byId.get(id) : undefined;
    if (!s) return '';
    return personLike(s) ? s.organisation : s.name;
  };

  const priorityTitle = new Map(strategy.priorities.map((p) => [p.id, p.title]));
  const actions: ActionRow[] = strategy.actions.map((a) => ({
    ...a,
    priorityTitle: a.priorityId ? (priorityTitle.get(a.priorityId) ?? '') : '',
    lead: [stakeholderName(a.leadStakeholderId), a.leadText].filter(Boolean).join('; '),
    partners: [...a.partnerStakeholderIds.map(stakeholderName).filter(Boolean), a.partnersText].filter(Boolean).join('; '),
    indicatorNames: a.indicatorIds.map((id) => indicatorName(id, lang)),
  }));

  const idx = indexRead.ok ? indexRead.value : null;
  const index: StrategyDocumentData['index'] = idx
    ? {
        status: 'ok',
        summary: {
          generation: idx.generation,
          reportDate: idx.reportDate,
          sampleSize: idx.sampleSize,
          aggregate: idx.aggregate,
          rows: idx.indicators.map((i) => ({ indicatorId: i.id, name: indicatorName(i.id, lang), city: i.city, sample: i.sample, evidence: i.evidence, page: i.page })),
          rankings: idx.rankings.filter((r) => r.rank !== null).map((r) => fill(r.of ? t.index.rankLine : t.index.rankLineNoOf, { rank: r.rank, of: r.of, label: r.label })),
        },
      }
    : { status: indexRead.ok ? 'empty' : 'unavailable', summary: null };

  const sections = options.sections ?? strategySectionIds;
  const wantMap = sections.includes('map');
  const svg = wantMap && stakeholders.length ? attempt('map figure', () => readMapSvg(handle, { anonymise, lang })) : null;
  const counts = new Map<string, number>();
  for (const s of stakeholders) counts.set(categoryLabel(s.category, lang), (counts.get(categoryLabel(s.category, lang)) ?? 0) + 1);
  const map: StrategyDocumentData['map'] = {
    status: !stakeholdersRead.ok ? 'unavailable' : stakeholders.length ? 'ok' : 'empty',
    svg: svg && svg.ok ? svg.value : null,
    stakeholderCount: stakeholders.length,
    byCategory: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label, count]) => ({ label, count })),
  };

  const experts = profile.experts.map((e, i) => (anonymise ? { name: fill(t.anon.expert, { n: i + 1 }), role: e.role } : e));
  const data: StrategyDocumentData = {
    lang,
    anonymised: anonymise,
    sections,
    indicatorNames: Object.fromEntries(INDICATORS.map((i) => [i.id, i.name[lang]])),
    date: options.date,
    city: { name: profile.city, country: profile.country, population: profile.population, foreignBornShare: profile.foreignBornShare },
    visit: { title: profile.title, startDate: profile.startDate, endDate: profile.endDate, team: experts },
    strategy: { doc: anonymise ? { ...strategy.doc, authors: '' } : strategy.doc, principles: strategy.principles, priorities: strategy.priorities, actions, phases: strategy.phases },
    index,
    map,
    meetings: meetingsRead.ok ? { status: avail(meetingsRead.value.length), rows: meetingsRead.value.map((m) => meetingRow(m, lang, anonymise, orgName)) } : { status: 'unavailable', rows: [] },
    findings: passagesRead.ok ? { status: avail(passagesRead.value.length), areas: findingAreas(passagesRead.value, lang, anonymise) } : { status: 'unavailable', areas: [] },
  };
  if (!anonymise) return data;
  // Surnames alone are replaced too, but never a word the document needs: the city or an organisation's name.
  const keep = [profile.city, profile.country, ...stakeholders.filter((s) => !personLike(s)).map((s) => s.name), ...stakeholders.map((s) => s.organisation)].filter(Boolean);
  const scrub = makeScrubber(people, contacts, { name: t.anon.redacted, contact: t.anon.contact }, keep);
  return deepMapStrings(data, scrub);
}

const avail = (n: number): Availability => (n > 0 ? 'ok' : 'empty');

const PERSON_TITLE = /^(?:mayor|deputy mayor|dr|prof|professor|mr|mrs|ms|mx|m|mme|mlle|inspector|councillor|alderman|imam|rabbi|father|reverend|rev|sister)\.?\s+/i;
const ORG_WORD =
  /\b(?:community|communities|council|centre|center|association|network|office|department|service|services|foundation|group|unit|police|school|schools|university|library|church|mosque|synagogue|board|authority|chamber|radio|city|club|platform|forum|committee|team|agency|ministry|company|bank|party|union|society|institute|museum|theatre|hospital|ngo|development|resources|work|works|affairs|sciences|education|housing|renewal|culture|cultural|events|sport|sports|recreation|safety|mediation|communication|communications|welcome|integration|health|care|social|youth|women|residents|entrepreneurs|workers|elders|volunteers|media|press|news|fm|tv|first|international|national|regional|municipal|public|private|programme|program|project|initiative|coalition|alliance|federation|secretariat|administration|government|parliament|stichting|vereniging|gemeente|ville|conseil|mairie|asbl|direction|maison)\b/iu;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|la|le|el|al|bin|ibn|ter|ten|y)$/u;

/** Two to four capitalised words (particles allowed) with no word organisations use: "Jan Visser", "Лариса Коваленко". */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !ORG_WORD.test(text) && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || PARTICLE.test(w));
}

/**
 * A stakeholder entry that names a person rather than an organisation: the name is the contact person,
 * starts with a title ("Mayor Eva …", "Dr. …"), or looks like a person's name with the organisation given
 * separately ("Jan Visser" at the Migrant Council).
 */
export function personLike(s: Pick<Stakeholder, 'name' | 'organisation' | 'contactPerson'>): boolean {
  const name = s.name.trim();
  if (s.contactPerson && s.contactPerson.trim() === name) return true;
  const title = PERSON_TITLE.exec(name);
  if (title && /^\p{Lu}/u.test(name.slice(title[0].length))) return true;
  return !!s.organisation.trim() && s.organisation.trim() !== name && looksLikePersonName(name);
}

function meetingRow(m: RawMeeting, lang: Language, anonymise: boolean, orgName: (id: string | null) => string): MeetingRow {
  const t = docTexts(lang);
  const who = m.participants.map((p) => {
    const org = orgName(p.stakeholderId);
    if (anonymise) return org || p.role;
    return [p.name, p.role, org].filter(Boolean).join(', ');
  });
  return {
    date: m.date,
    dayLabel: m.dayLabel,
    startTime: m.startTime,
    endTime: m.endTime,
    title: m.title,
    kind: m.kind,
    kindLabel: (t.kinds as Record<string, string>)[m.kind] ?? m.kind,
    place: m.place,
    participants: [...new Set(who.filter(Boolean))].join('; '),
    participantCount: m.participants.length,
    team: anonymise ? '' : m.team.join(', '),
  };
}

/** Policy areas in catalogue order; a quote appears only where consent allows, named only if allowed. */
function findingAreas(passages: RawPassage[], lang: Language, anonymise: boolean): FindingArea[] {
  const t = docTexts(lang);
  const groups = new Map<string, FindingArea>();
  const order = new Map(INDICATORS.map((i, k) => [i.id, k]));
  for (const p of passages) {
    if (p.code === 'quote' && p.scope === 'no_quote') continue;
    const item = {
      code: p.code,
      text: p.text,
      attribution: p.code === 'quote' && p.scope === 'quote_by_name' && !anonymise ? p.attribution : null,
      meetingTitle: p.meetingTitle,
    };
    for (const area of p.policyAreas.length ? p.policyAreas : ['']) {
      const g = groups.get(area) ?? { indicatorId: area, name: area ? indicatorName(area, lang) : t.findings.other, items: [] };
      g.items.push(item);
      groups.set(area, g);
    }
  }
  return [...groups.values()].sort((a, b) => (order.get(a.indicatorId) ?? 999) - (order.get(b.indicatorId) ?? 999));
}
