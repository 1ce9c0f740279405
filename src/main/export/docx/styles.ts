import { AlignmentType, type IStylesOptions, type INumberingOptions, LevelFormat, LineRuleType } from 'docx';

/**
 * Real Word styles, so the navigation pane, the table of contents and "change all headings" work in Word
 * and LibreOffice. Arial is measured by docx's page-number layout and maps to Liberation Sans on Linux.
 */
export const FONT = 'Arial';
export const ACCENT = '1C5D99';
export const MUTED = '5F6B77';

export const documentStyles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    title: { run: { font: FONT, size: 56, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } } },
    heading1: { run: { font: FONT, size: 34, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 27, bold: true, color: '23395B' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 23, bold: true, color: '23395B' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
  },
  paragraphStyles: [
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 18, italics: true, color: MUTED }, paragraph: { spacing: { before: 60, after: 240 } } },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, color: '23395B' }, paragraph: { spacing: { after: 160 } } },
    { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '333F4B' }, paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 80, after: 80 } } },
    { id: 'Placeholder', name: 'Placeholder', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: '8A94A0' } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', next: 'TableText', run: { size: 17 }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', next: 'TableText', run: { size: 17, bold: true, color: 'FFFFFF' }, paragraph: { keepNext: true } },
    { id: 'CoverMeta', name: 'Cover Meta', basedOn: 'Normal', next: 'Normal', run: { size: 22, color: MUTED }, paragraph: { spacing: { after: 60 } } },
    { id: 'Figure', name: 'Figure', basedOn: 'Normal', next: 'Caption', paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 } } },
    { id: 'HeaderText', name: 'Header Text', basedOn: 'Normal', run: { size: 16, color: MUTED } },
  ],
};

export const numbering: INumberingOptions = {
  config: [
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }],
    },
  ],
};
