import { Mark, mergeAttributes, type Editor } from '@tiptap/react';

/**
 * A coded passage in the note: <span data-passage-id data-code>. Several codings may overlap
 * (excludes ''), and typing at the edge of one does not extend it (inclusive false).
 */
export const CodedPassageMark = Mark.create({
  name: 'codedPassage',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      passageId: { default: null, parseHTML: (el) => el.getAttribute('data-passage-id'), renderHTML: (a) => (a.passageId ? { 'data-passage-id': a.passageId } : {}) },
      code: { default: null, parseHTML: (el) => el.getAttribute('data-code'), renderHTML: (a) => (a.code ? { 'data-code': a.code } : {}) },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-passage-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes), 0];
  },
});

/** Document positions covered by one passage's mark (may be several ranges if text was split). */
export function passageRanges(editor: Editor, passageId: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return;
    if (node.marks.some((m) => m.type.name === 'codedPassage' && m.attrs.passageId === passageId)) {
      const last = ranges.at(-1);
      if (last && last.to === pos) last.to = pos + node.nodeSize;
      else ranges.push({ from: pos, to: pos + node.nodeSize });
    }
  });
  return ranges;
}

/** Changes or removes the mark of one passage in the open editor (the autosave stores it). */
export function updatePassageMark(editor: Editor, passageId: string, code: string | null): void {
  const type = editor.schema.marks.codedPassage!;
  const tr = editor.state.tr;
  for (const { from, to } of passageRanges(editor, passageId)) {
    tr.doc.nodesBetween(from, to, (node, pos) => {
      for (const mark of node.marks) {
        if (mark.type === type && mark.attrs.passageId === passageId) {
          const start = Math.max(from, pos);
          const end = Math.min(to, pos + node.nodeSize);
          tr.removeMark(start, end, mark);
          if (code) tr.addMark(start, end, type.create({ passageId, code }));
        }
      }
    });
  }
  if (tr.docChanged) editor.view.dispatch(tr);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** First occurrence of a search word in the note, ignoring case and accents (for opening at a search hit). */
export function findText(editor: Editor, query: string): { from: number; to: number } | null {
  const word = fold(query.trim().split(/\s+/)[0] ?? '');
  if (!word) return null;
  let found: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found || !node.isText || !node.text) return !found;
    // Fold character by character so positions map back one to one.
    const chars = [...node.text];
    const folded = chars.map(fold);
    const joined = folded.join('');
    const at = joined.indexOf(word);
    if (at >= 0) {
      let offset = 0;
      let consumed = 0;
      let i = 0;
      while (consumed < at) {
        consumed += folded[i]!.length;
        offset += chars[i]!.length;
        i++;
      }
      let length = 0;
      let take = 0;
      while (take < word.length && i < chars.length) {
        take += folded[i]!.length;
        length += chars[i]!.length;
        i++;
      }
      found = { from: pos + offset, to: pos + offset + length };
    }
    return !found;
  });
  return found;
}
