import { describe, expect, it } from 'vitest';
import { comparableId, indicatorById, indicatorName, INDICATORS, INDICATORS_V1, INDICATORS_V2, LENS_COMPOSITE, v1ToV2, v2ToV1 } from './indicators';

describe('indicator catalogue', () => {
  it('has the 14 original and 17 revised indicators with stable, unique ids in report order', () => {
    expect(INDICATORS_V1).toHaveLength(14);
    expect(INDICATORS_V2).toHaveLength(17);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(31);
    expect(INDICATORS_V1.map((i) => i.order)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(INDICATORS_V1[0]!.id).toBe('v1.commitment');
    expect(INDICATORS_V1[13]!.id).toBe('v1.governance');
    expect(INDICATORS_V2.slice(13).map((i) => i.id)).toEqual(['v2.leadership_citizenship', 'v2.anti_discrimination', 'v2.participation', 'v2.interaction']);
    for (const i of INDICATORS) expect(i.id).toMatch(/^v[12]\.[a-z_]+$/);
  });

  it('names every indicator in English and French', () => {
    for (const i of INDICATORS) {
      expect(i.name.en.length).toBeGreaterThan(3);
      expect(i.name.fr.length).toBeGreaterThan(3);
    }
    expect(indicatorName('v2.participation', 'fr')).toBe('Participation');
    expect(indicatorName('v1.media', 'fr')).toBe('Médias');
  });

  it('puts items 2–7 in the intercultural lens composite of each generation', () => {
    expect(INDICATORS_V1.filter((i) => i.lens).map((i) => i.order)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(INDICATORS_V2.filter((i) => i.lens).map((i) => i.order)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(LENS_COMPOSITE.v2.id).toBe('v2.intercultural_lens');
  });

  it('maps v1 to v2 with the three renames and leaves the new areas without a v1 source', () => {
    expect(v1ToV2('v1.cultural_civil_life')).toBe('v2.cultural_social_life');
    expect(v1ToV2('v1.media')).toBe('v2.media_communication');
    expect(v1ToV2('v1.governance')).toBe('v2.leadership_citizenship');
    expect(v1ToV2('v1.education')).toBe('v2.education');
    for (const id of ['v2.anti_discrimination', 'v2.participation', 'v2.interaction']) expect(v2ToV1(id)).toBeNull();
    expect(INDICATORS_V1.every((i) => v1ToV2(i.id) !== null)).toBe(true);
    expect(comparableId('v1.media')).toBe('v2.media_communication');
    expect(comparableId('v2.interaction')).toBe('v2.interaction');
    expect(comparableId('nope')).toBeNull();
    expect(indicatorById('v2.education')?.stem).toBe('education');
  });
});
