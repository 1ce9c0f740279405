import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from './quickAdd';

describe('quick add', () => {
  it('reads "Name @category" by id or label prefix, else the palette category', () => {
    expect(parseQuickAdd('Youth club @you', 'business', 'en')).toEqual({ name: 'Youth club', category: 'youth' });
    expect(parseQuickAdd('Radio Haven @med', 'business', 'en')).toEqual({ name: 'Radio Haven', category: 'media' });
    expect(parseQuickAdd('Mosquée @commu', 'business', 'fr')).toEqual({ name: 'Mosquée', category: 'religious_group' });
    expect(parseQuickAdd('Informal network @street artists', 'business', 'en')).toEqual({ name: 'Informal network', category: 'street artists' });
    expect(parseQuickAdd('  مركز الجالية ', 'ngo_civil_society', 'en')).toEqual({ name: 'مركز الجالية', category: 'ngo_civil_society' });
    expect(parseQuickAdd('info@example.org', 'media', 'en')).toEqual({ name: 'info@example.org', category: 'media' });
  });
});
