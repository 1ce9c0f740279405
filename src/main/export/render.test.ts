import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx, requireTools, saveBytes, toPdf, pdfText, xmlText } from '../../../test/support/docx';
import { strategyDoc as en } from '../../shared/i18n/en/strategy-doc';
import { strategyDoc as fr } from '../../shared/i18n/fr/strategy-doc';
import { fixtureData } from './fixture-data';
import { renderDocx } from './render';
import { makeScrubber } from './anonymise';

/** Builder-level checks on fixture data (no database): bad input, sizes, and what LibreOffice makes of it. */
describe('Word builder', () => {
  it('survives very long texts, 300 actions, control characters, broken figures and non-Latin names', async () => {
    const data = fixtureData({ actions: 300, passages: 60 });
    data.strategy.doc.vision = 'Long vision. '.repeat(3000) + '\u0007bell';
    data.strategy.doc.title = 'Лінденгафен · Λίντενχαβεν · ليندنهافن';
    data.map.svg = '<svg this is not xml';
    const bytes = await renderDocx('strategy', data);
    const { parts, media } = readDocx(bytes);
    const text = xmlText(parts['word/document.xml']!);
    expect(text).toContain(en.placeholder.brokenImage);
    expect(text).toContain('Action 300:');
    expect(text).toContain('Лінденгафен · Λίντενχαβεν · ليندنهافن');
    expect(text).not.toContain('\u0007');
    expect(Object.keys(media)).toHaveLength(1); // the Index chart; the broken map became a placeholder
  }, 180_000);

  it('leaves out sections on request and keeps one heading per section', async () => {
    const data = { ...fixtureData(), sections: ['vision', 'actions'] as const };
    const text = xmlText(readDocx(await renderDocx('strategy', data)).parts['word/document.xml']!);
    expect(text).toContain(en.sections.vision);
    expect(text).not.toContain(en.sections.findings);
    expect(text.split(en.sections.actions).length - 1).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('scrubs names, surnames, e-mails and phone numbers but keeps dates and amounts', () => {
    const scrub = makeScrubber(['Dr. Amira Haddad', 'Лариса Коваленко'], ['+31 10 555 0101'], { name: '[X]', contact: '[C]' });
    expect(scrub('Met Dr. Amira Haddad, then Haddad alone; Лариса Коваленко wrote to a@b.example or +31 10 555 0101 or 06-12345678.')).toBe(
      'Met [X], then [X] alone; [X] wrote to [C] or [C] or [C].',
    );
    expect(scrub('From 2027-03-15 to 2031, € 45,000 per year; 400 staff; Haddadi stays.')).toBe('From 2027-03-15 to 2031, € 45,000 per year; 400 staff; Haddadi stays.');
  });
});

describe('Word documents as LibreOffice renders them', () => {
  it('opens without repair in both languages: headings, table of contents with page numbers, no placeholder slots', async () => {
    requireTools('soffice', 'pdftotext');
    const dir = mkdtempSync(join(tmpdir(), 'icc-docx-'));
    try {
      for (const [lang, t] of [['en', en], ['fr', fr]] as const) {
        const data = fixtureData({ lang });
        data.strategy.doc.vision = 'Лінденгафен для всіх · Λίντενχαβεν για όλους';
        const path = saveBytes(join(dir, `strategy-${lang}.docx`), await renderDocx('strategy', data));
        const text = pdfText(toPdf(path, dir));
        for (const h of [t.contents, t.sections.summary, t.sections.indexResults, t.sections.actions, t.sections.monitoring, t.sections.meetingList]) expect(text, h).toContain(h);
        // Table of contents lines end in dot leaders and a page number.
        const tocLines = text.split('\n').filter((l) => /\.{5,}\s*\d+\s*$/.test(l));
        expect(tocLines.length).toBeGreaterThan(10);
        const actionsPage = Number(/\.{5,}\s*(\d+)\s*$/.exec(tocLines.find((l) => l.includes(t.sections.actions))!)![1]);
        expect(actionsPage).toBeGreaterThan(3);
        expect(text).not.toMatch(/\{\{|undefined|NaN|\[object/);
        expect(text).toContain(lang === 'fr' ? 'PROJET' : 'DRAFT');
        expect(text).toContain('Лінденгафен для всіх · Λίντενχαβεν για όλους'); // non-Latin user text renders
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('who counts as a person', () => {
  it('tells people from organisations', async () => {
    const { personLike } = await import('./collect');
    const s = (name: string, organisation = '', contactPerson = '') => personLike({ name, organisation, contactPerson });
    expect(s('Mayor Eva van den Berg', 'City of Lindenhaven')).toBe(true);
    expect(s('Jan Visser', 'Lindenhaven Migrant Council')).toBe(true);
    expect(s('Лариса Коваленко', 'Українська громада')).toBe(true);
    expect(s('Noor Visser', '', 'Noor Visser')).toBe(true);
    expect(s('Ukrainian Community Lindenhaven', 'Українська громада')).toBe(false);
    expect(s('Deputy Mayor for Social Affairs', 'City of Lindenhaven')).toBe(false);
    expect(s('Lindenhaven Police — Community Unit', 'National Police')).toBe(false);
    expect(s('Chamber of Commerce', 'KvK')).toBe(false);
    expect(s('Radio Haven FM', 'community radio')).toBe(false);
    expect(s('Refugee Council Lindenhaven', 'VluchtelingenWerk')).toBe(false);
  });
  it('never removes the city or an organisation name as a surname', () => {
    const scrub = makeScrubber(['Pieter Lindenhaven', 'Mayor Eva van den Berg'], [], { name: '[X]', contact: '[C]' }, ['Lindenhaven', 'Ukrainian Community Lindenhaven']);
    expect(scrub('Lindenhaven thanks Pieter Lindenhaven, Eva van den Berg and Mayor Eva van den Berg.')).toBe('Lindenhaven thanks [X], [X] and [X].');
  });
});
