/**
 * Child process for the crash test: opens a visit, "types" one character every 15 ms into a meeting
 * note through the real Autosaver and the real saveNote service (durable commits), and reports each
 * keystroke on stdout. The parent kills it with SIGKILL at a random moment and checks what survived.
 * Usage: tsx test/support/interviews-typist.ts <dataDir> <visitId> <meetingId>
 */
import { VisitLibrary } from '../../src/main/services/visit-library';
import { saveNote } from '../../src/main/services/interviews/notes';
import { Autosaver } from '../../src/renderer/src/features/interviews/autosave';

const [dataDir, visitId, meetingId] = process.argv.slice(2) as [string, string, string];
const library = new VisitLibrary(dataDir, { now: () => new Date() });
const handle = library.get(visitId);
let text = '';
const saver = new Autosaver({
  read: () => `<p>${text}</p>`,
  save: async (html, baseRevision) => saveNote(handle, { meetingId, html, baseRevision }),
  revision: 0,
});
let n = 0;
setInterval(() => {
  text += String.fromCharCode(97 + (n % 26));
  n += 1;
  saver.change();
  process.stdout.write(`k ${n} ${Date.now()}\n`);
}, 15);
process.stdout.write('ready\n');
