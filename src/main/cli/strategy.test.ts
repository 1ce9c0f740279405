import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { VisitLibrary } from '../services/visit-library';
import { fixedClock, useTempDir } from '../../../test/support/temp';
import { readDocx, xmlText } from '../../../test/support/docx';
import { seedExportVisit } from '../export/test-visit';
import { strategyCommands } from './strategy';
import type { CliRunArgs } from './commands';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('cli: export strategy', () => {
  const tempDir = useTempDir();
  const command = strategyCommands[0]!;
  const run = async (values: CliRunArgs['values']) => {
    const out: string[] = [];
    const code = await command.run({ values, positionals: [], api: undefined, print: (s) => out.push(s), printError: (s) => out.push(s) });
    return { code, out: out.join('\n') };
  };

  it('writes the Word document from a visit file given by path and leaves that file untouched', async () => {
    const dir = tempDir();
    const library = new VisitLibrary(join(dir, 'lib'), fixedClock());
    const { id } = library.create({ title: 'V', city: 'Lindenhaven' } as never);
    seedExportVisit(library.get(id), fixedClock(), { passages: 12, actions: 4 });
    library.closeAll();
    const file = library.pathFor(id);
    const before = sha(file);
    const out = join(dir, 'strategy fr.docx');
    const r = await run({ visit: file, out, lang: 'fr', anonymise: true, kind: 'strategy' });
    expect(r.code, r.out).toBe(0);
    expect(sha(file)).toBe(before);
    const text = xmlText(readDocx(readFileSync(out)).parts['word/document.xml']!);
    expect(text).toContain('Plan d’action');
    expect(text).not.toContain('Jan Visser');
  }, 180_000);

  it('answers bad input with a message and exit code 2, writing nothing', async () => {
    const dir = tempDir();
    expect((await run({ visit: join(dir, 'missing.sqlite'), out: join(dir, 'x.docx'), lang: 'en', kind: 'strategy' })).out).toMatch(/was not found/);
    expect((await run({ visit: join(dir, 'missing.sqlite'), out: join(dir, 'x.txt'), lang: 'en', kind: 'strategy' })).code).toBe(2);
    expect((await run({ visit: join(dir, 'x'), out: join(dir, 'x.docx'), lang: 'de', kind: 'strategy' })).out).toMatch(/"en" or "fr"/);
    const notSqlite = join(dir, 'notes.txt');
    (await import('node:fs')).writeFileSync(notSqlite, 'hello '.repeat(1000));
    const r = await run({ visit: notSqlite, out: join(dir, 'x.docx'), lang: 'en', kind: 'strategy' });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/not a visit file/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
