import { describe, expect, it } from 'vitest';
import { layoutPage, type TextItem } from './pdf-layout';
import { numbersIn, splitCitySample } from './report-numbers';
import { cardinalWord, enOrdinal, frOrdinal, ordinalWord } from './number-words';

const item = (str: string, x: number, y: number, size = 10): TextItem => ({ str, x, y, width: str.length * size * 0.5, size });

describe('line and column rebuilding', () => {
  it('glues a raised footnote marker to its word, as reports do ("cities1")', () => {
    const lines = layoutPage([item('A comparison between 80 cities', 56, 700), item('1', 56 + 30 * 5, 703, 6), item(' and more', 56 + 30 * 5 + 3, 700)], 595, 1);
    expect(lines.map((l) => l.text)).toEqual(['A comparison between 80 cities1 and more']);
    expect(lines[0]!.size).toBe(10);
  });

  it('reads the left column to the bottom before the right one, between full-width headings', () => {
    const items: TextItem[] = [item('FULL WIDTH HEADING ACROSS BOTH COLUMNS OF THE PAGE', 56, 780, 12)];
    for (let i = 0; i < 8; i++) {
      items.push(item(`left line ${i} of body text`, 56, 740 - i * 13));
      items.push(item(`right line ${i} of body text`, 310, 740 - i * 13));
    }
    items.push(item('ANOTHER FULL WIDTH HEADING THAT CROSSES THE GUTTER', 56, 600, 12));
    items.push(item('left after heading text', 56, 580), item('right after heading text', 310, 580));
    const text = layoutPage(items, 595, 3).map((l) => l.text);
    expect(text[0]).toMatch(/^FULL WIDTH/);
    expect(text.slice(1, 9)).toEqual(Array.from({ length: 8 }, (_, i) => `left line ${i} of body text`));
    expect(text.slice(9, 17)).toEqual(Array.from({ length: 8 }, (_, i) => `right line ${i} of body text`));
    expect(text[17]).toMatch(/^ANOTHER/);
    expect(text.slice(18)).toEqual(['left after heading text', 'right after heading text']);
  });

  it('keeps a single-column page in top-to-bottom order', () => {
    const text = layoutPage([item('second line of the page', 56, 700), item('first line of the page', 56, 713)], 595, 1).map((l) => l.text);
    expect(text).toEqual(['first line of the page', 'second line of the page']);
  });
});

describe('numbers in report sentences', () => {
  it('reads "70 %", "44 out of 100" and ignores footnote digits glued to words', () => {
    expect(numbersIn('rate2 is 70 %, against 56% and 44 out of 100').map((n) => [n.value, n.unit])).toEqual([
      [70, 'percent'],
      [56, 'percent'],
      [44, 'points'],
    ]);
  });

  it('tells the city rate from the sample rate whatever the order', () => {
    const pick = (s: string) => {
      const r = splitCitySample(s);
      return [r.city?.value, r.sample?.value];
    };
    expect(pick('Lindenhaven’s education achievement rate is 78%, higher than the city sample’s 63%.')).toEqual([78, 63]);
    expect(pick('The city sample’s rate is 52% while Lindenhaven reaches 44%.')).toEqual([44, 52]);
    expect(pick('Le taux de réalisation de Valmont est de 61 %, inférieur à celui de l’échantillon de villes (66 %).')).toEqual([61, 66]);
    expect(pick('Lindenhaven obtient 44 sur 100, contre 52 sur 100 en moyenne pour l’échantillon.')).toEqual([44, 52]);
  });

  it('knows ordinals and cardinals in words, in English and French', () => {
    for (const n of [1, 2, 17, 21, 71, 80, 93, 152]) {
      expect(ordinalWord(enOrdinal(n))).toBe(n);
      expect(ordinalWord(frOrdinal(n))).toBe(n);
    }
    expect(ordinalWord('première')).toBe(1);
    expect(cardinalWord('quatre-vingt-treize')).toBe(93);
    expect(cardinalWord('forty-two')).toBe(42);
  });
});
