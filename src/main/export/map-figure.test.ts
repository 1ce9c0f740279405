import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { VisitLibrary } from '../services/visit-library';
import { useTempDir, fixedClock } from '../../../test/support/temp';
import { DEMO_PROFILE } from '../demo/profile';
import { seedMap } from '../demo/map';
import { createStakeholder } from '../services/stakeholders';
import { buildMapSvg } from './map-figure';

describe('headless map figure', () => {
  const tempDir = useTempDir();
  const demo = () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const visit = library.create(DEMO_PROFILE, { isDemo: true });
    seedMap(visit.id, library, fixedClock());
    return library.get(visit.id);
  };

  it('draws the demo map as SVG that resvg rasterises', () => {
    const handle = demo();
    const svg = buildMapSvg(handle, { anonymise: false, lang: 'en' });
    expect(svg).toContain('Mayor Eva van den');
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 2400 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2400);
    expect(png.length).toBeGreaterThan(50_000);
    // Kept for people to look at, like the e2e screenshots.
    const dir = join(process.cwd(), 'test-output', 'screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'map-figure-resvg.png'), png);
  });

  it('anonymises names and never draws contact details; escapes markup; in French', () => {
    const handle = demo();
    createStakeholder(handle, { name: '<script>alert(1)</script> & "Co"', category: 'business', contactDetails: 'secret@example.org' });
    const svg = buildMapSvg(handle, { anonymise: true, lang: 'fr' });
    expect(svg).not.toContain('Mayor Eva');
    expect(svg).not.toContain('secret@example.org');
    expect(svg).toContain('Direction politique 1');
    expect(svg).toContain('Partenariat');
    const named = buildMapSvg(handle, { anonymise: false, lang: 'en' });
    expect(named).not.toContain('<script>');
    expect(named).toContain('&lt;script&gt;');
    expect(() => new Resvg(named).render()).not.toThrow();
  });

  it('draws an empty map without failing', () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const visit = library.create(DEMO_PROFILE);
    const svg = buildMapSvg(library.get(visit.id), { anonymise: false, lang: 'en', width: 800, height: 500 });
    expect(svg).toContain('width="800"');
    expect(new Resvg(svg).render().asPng().length).toBeGreaterThan(100);
  });
});
