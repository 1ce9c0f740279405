import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createApi, type Api } from '../api/create-api';
import { fixedClock, useTempDir } from '../../../test/support/temp';
import { readDocx, xmlText } from '../../../test/support/docx';
import { strategyDoc as en } from '../../shared/i18n/en/strategy-doc';
import { strategyDoc as fr } from '../../shared/i18n/fr/strategy-doc';
import type { ProducedFile } from '../../shared/contract/common';
import type { Result } from '../../shared/result';
import { seedExportVisit, SEEDED_CONTACTS, SEEDED_PEOPLE } from './test-visit';
import { writeDocx } from './export-service';
import { readMeetings, readStakeholders } from './sources';

const SLOW = 180_000;

describe('Word exports through the API', () => {
  const tempDir = useTempDir();
  let api: Api | undefined;
  afterEach(() => api?.close());

  const setup = () => {
    api = createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 'test', clock: fixedClock('2027-04-02T10:00:00.000Z') });
    const { id } = api.ctx.library.create({ title: 'Visit', city: 'Lindenhaven', country: 'Netherlands', population: 312400, foreignBornShare: 21.7, startDate: '2027-03-15', endDate: '2027-03-17', experts: [{ name: 'Dr. Amira Haddad', role: 'ICC expert' }, { name: 'Tomás Ferreira', role: '' }] } as never);
    return { api, id };
  };
  const exportBytes = async (a: Api, method: string, input: object) => {
    const r = (await a.dispatch(method, input)) as Result<ProducedFile>;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    return { file: r.value, bytes: readFileSync(a.ctx.files.resolve(r.value.fileToken).path) };
  };

  it('writes every section, table and figure of the strategy with real styles', async () => {
    const { api, id } = setup();
    seedExportVisit(api.ctx.library.get(id), fixedClock());
    const { file, bytes } = await exportBytes(api, 'exports.strategyDocx', { visitId: id, lang: 'en' });
    expect(file.fileName).toBe('Lindenhaven - Intercultural strategy (draft, EN).docx');
    const { parts, media } = readDocx(bytes);
    const doc = parts['word/document.xml']!;
    const text = xmlText(doc);
    for (const heading of [en.sections.summary, en.sections.context, en.sections.indexResults, en.sections.map, en.sections.consultation, en.sections.findings, en.sections.vision, en.sections.priorities, en.sections.actions, en.sections.governance, en.sections.monitoring, en.sections.methodology, en.sections.meetingList]) {
      expect(text, heading).toContain(heading);
    }
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(doc).toMatch(/<w:pStyle w:val="Caption"\/>/);
    expect(doc).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(doc).toMatch(/w:orient="landscape"/);
    expect(doc).toContain('<w:tblW w:type="pct" w:w="5000"/>'); // 100 % of the text width
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Title"/);
    // Index chart and stakeholder map, both as pictures with their captions.
    expect(Object.keys(media)).toHaveLength(2);
    expect(Object.values(media).every((n) => n > 10_000)).toBe(true);
    expect(text).toContain('Figure 1');
    // Tables: Index (17 + aggregate rows), stakeholders by category, meetings by kind, action plan, phases, meeting list.
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBe(6);
    expect(text).toContain('Action 10');
    expect(text).toContain('Lindenhaven für alle');
    expect(text).toContain('Лариса Коваленко');
    // Consent: a declined speaker's passage is never quoted; anonymous quotes carry no name.
    expect(text).toContain('“We need a welcome desk that speaks our languages');
    expect(text).toContain(`— ${en.findings.aParticipant}`);
    expect(text).toContain('— Yusuf Demir'); // quote_by_name
    expect(text).not.toContain('languages #6 '); // a speaker declined: never quoted
    const headers = Object.entries(parts).filter(([k]) => /word\/(header|footer)\d*\.xml/.test(k)).map(([, v]) => xmlText(v)).join(' ');
    expect(headers).toContain('Lindenhaven — Intercultural strategy — draft');
    expect(parts['docProps/core.xml']).toContain('Lindenhaven für alle');
    expect(text).not.toMatch(/\{\{|undefined|\[object Object\]|NaN/);
  }, SLOW);

  it('anonymised: no person name or contact detail anywhere in the package', async () => {
    const { api, id } = setup();
    seedExportVisit(api.ctx.library.get(id), fixedClock());
    const { file, bytes } = await exportBytes(api, 'exports.strategyDocx', { visitId: id, lang: 'fr', anonymise: true });
    expect(file.fileName).toContain('anonymisé');
    const { parts } = readDocx(bytes);
    const all = Object.values(parts).join('\n');
    const leaks = [...SEEDED_PEOPLE, ...SEEDED_CONTACTS, 'Amira Haddad', 'Haddad', 'Tomás Ferreira', '010 555 0123'].filter((secret) => all.includes(secret));
    expect(leaks).toEqual([]);
    const text = xmlText(parts['word/document.xml']!);
    expect(text).toContain(fr.anonymisedNote);
    expect(text).toContain('Lindenhaven Migrant Council'); // organisations are kept
    expect(text).toContain('Українська громада');
    expect(text).toContain(fr.sections.actions);
  }, SLOW);

  it('anonymised demo visit: every recorded person is gone, every organisation stays', async () => {
    api = createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 'test', clock: fixedClock('2027-04-02T10:00:00.000Z') });
    const demo = (await api.dispatch('demo.create', {})) as Result<{ id: string }>;
    if (!demo.ok) throw new Error(demo.error.message);
    const handle = api.ctx.library.get(demo.value.id);
    const people = new Set<string>(['Amira Haddad', 'Tomás Ferreira', 'Claire Dubois']);
    for (const s of readStakeholders(handle)) {
      if (s.contactPerson && s.contactPerson !== 'Office of the Mayor') people.add(s.contactPerson.replace(/^(Dr\.|Inspector) /, ''));
      for (const c of s.contactDetails.split(/[,;\n]/)) if (c.trim()) people.add(c.trim());
    }
    for (const m of readMeetings(handle)) for (const p of m.participants) people.add(p.name);
    const { bytes } = await exportBytes(api, 'exports.strategyDocx', { visitId: demo.value.id, lang: 'en', anonymise: true });
    const all = Object.values(readDocx(bytes).parts).join('\n');
    expect([...people].filter((p) => all.includes(p))).toEqual([]);
    const text = xmlText(readDocx(bytes).parts['word/document.xml']!);
    for (const org of ['Economic Development', 'Intercultural Unit', 'Human Resources', 'Refugee Council Lindenhaven', 'City of Lindenhaven']) expect(text, org).toContain(org);
  }, SLOW);

  it('exports an empty visit with short placeholders, never an empty heading', async () => {
    const { api, id } = setup();
    const { bytes } = await exportBytes(api, 'exports.strategyDocx', { visitId: id, lang: 'en', sections: ['summary', 'context', 'findings', 'priorities', 'actions', 'annexes'] });
    const text = xmlText(readDocx(bytes).parts['word/document.xml']!);
    for (const p of [en.placeholder.empty, en.placeholder.noIndex, en.placeholder.noFindings, en.placeholder.noPriorities, en.placeholder.noActions, en.placeholder.noMeetings]) expect(text).toContain(p);
    expect(text).not.toContain(en.sections.governance); // left out on request
  }, SLOW);

  it('writes the findings report and the agenda', async () => {
    const { api, id } = setup();
    seedExportVisit(api.ctx.library.get(id), fixedClock());
    const findings = xmlText(readDocx((await exportBytes(api, 'exports.findingsDocx', { visitId: id, lang: 'en' })).bytes).parts['word/document.xml']!);
    expect(findings).toContain(en.findingsReport.intro);
    expect(findings).toMatch(/Source: Meeting \d with Yusuf Demir/);
    expect(findings).toContain('Index score: city');
    expect(findings).toContain('“The city achieves 30 in the field of commitment, compared with 40 for the sample.” (Index report, p. 4)');
    const agenda = readDocx((await exportBytes(api, 'exports.agendaDocx', { visitId: id, lang: 'fr' })).bytes).parts['word/document.xml']!;
    expect(xmlText(agenda)).toContain('15 mars 2027');
    expect(xmlText(agenda)).toContain('Table ronde');
    expect((agenda.match(/<w:tbl>/g) ?? []).length).toBe(3);
  }, SLOW);

  it('can be cancelled and then leaves no file; the next export starts a fresh worker', async () => {
    const { api, id } = setup();
    // Large enough to take over a second even in a warm worker, so the cancel lands mid-render.
    seedExportVisit(api.ctx.library.get(id), fixedClock(), { stakeholders: 60, meetings: 30, passages: 500, actions: 150 });
    const before = readdirSync(api.ctx.files.tempDir);
    const running = api.dispatch('exports.strategyDocx', { visitId: id, lang: 'en', jobId: 'job_cancel_test' });
    await new Promise((r) => setTimeout(r, 300));
    const progress = (await api.dispatch('exports.progress', { jobId: 'job_cancel_test' })) as Result<{ finished: boolean }>;
    expect(progress.ok && progress.value.finished).toBe(false);
    expect(await api.dispatch('exports.cancel', { jobId: 'job_cancel_test' })).toEqual({ ok: true, value: { cancelled: true } });
    const result = (await running) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cancelled');
    expect(readdirSync(api.ctx.files.tempDir)).toEqual(before);
    const again = await exportBytes(api, 'exports.agendaDocx', { visitId: id, lang: 'en' });
    expect(xmlText(readDocx(again.bytes).parts['word/document.xml']!)).toContain('Lindenhaven');
  }, SLOW);

  it('runs exports asked for at the same time one after the other, each with its own document', async () => {
    const { api, id } = setup();
    seedExportVisit(api.ctx.library.get(id), fixedClock());
    expect(await api.dispatch('exports.prepare', {})).toEqual({ ok: true, value: { started: true } });
    const [strategy, agenda, findings] = await Promise.all([
      exportBytes(api, 'exports.strategyDocx', { visitId: id, lang: 'fr' }),
      exportBytes(api, 'exports.agendaDocx', { visitId: id, lang: 'en' }),
      exportBytes(api, 'exports.findingsDocx', { visitId: id, lang: 'en' }),
    ]);
    expect(strategy.file.fileName).toContain('Stratégie');
    expect(xmlText(readDocx(strategy.bytes).parts['word/document.xml']!)).toContain(fr.sections.actions);
    expect(agenda.file.fileName).toContain('agenda');
    expect(findings.file.fileName).toContain('indings');
  }, SLOW);

  it('on a full disk or a read-only folder says so and leaves no half-written file', () => {
    // A real small disk (tmpfs) needs root, which CI containers have; elsewhere this fails with the reason.
    expect(process.getuid?.(), 'mounting a small tmpfs needs root (the CI container runs as root)').toBe(0);
    const mounted: string[] = [];
    const disk = (options: string) => {
      const dir = join(tempDir(), `disk-${mounted.length}`);
      mkdirSync(dir);
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
      mounted.push(dir);
      return dir;
    };
    try {
      const full = disk('size=64k');
      expect(() => writeDocx(join(full, 'strategy.docx'), new Uint8Array(512 * 1024).fill(7))).toThrow(/disk is full/);
      expect(readdirSync(full)).toEqual([]);
      const readOnly = disk('ro,size=64k');
      expect(() => writeDocx(join(readOnly, 'strategy.docx'), new Uint8Array(10))).toThrow(/not allowed to write/);
      expect(readdirSync(readOnly)).toEqual([]);
    } finally {
      for (const dir of mounted) execFileSync('umount', ['-l', dir]);
    }
  });

  it('says so when the folder does not exist', () => {
    expect(() => writeDocx(join(tempDir(), 'missing', 'x.docx'), new Uint8Array([1]))).toThrow(/does not exist|not allowed/);
  });
});
