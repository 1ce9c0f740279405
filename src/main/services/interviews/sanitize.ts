import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list for meeting notes: what the editor can produce (headings, emphasis, lists, quotes,
 * links, highlights, coded-passage marks) and nothing else. Everything pasted or imported passes
 * through here on the main side before it is stored, so stored markup never carries scripts, event
 * handlers, styles or foreign URLs schemes, whatever the renderer sent.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'mark', 'span', 'hr'],
  allowedAttributes: {
    a: ['href', 'title'],
    // Coded passages are spans carrying their passage id and code kind.
    span: ['data-passage-id', 'data-code'],
    mark: [],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Contents of these tags are dropped entirely, not kept as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'template', 'svg', 'math'],
  allowedClasses: {},
  transformTags: {
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'span' && !frame.attribs['data-passage-id'] && !frame.text.trim(),
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};
// rel is added by the transform, so it must be allowed on links too.
(OPTIONS.allowedAttributes as Record<string, string[]>).a!.push('rel');

const ID_RE = /^[A-Za-z0-9_-]{1,100}$/;
const CODES = new Set(['quote', 'strength', 'weakness', 'opportunity', 'threat', 'recommendation']);

export function sanitizeNoteHtml(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS);
  // Attribute values of passage marks are checked against their vocabularies; anything else is dropped.
  return clean.replace(/<span([^>]*)>/g, (_m, attrs: string) => {
    const id = /data-passage-id="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const code = /data-code="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!ID_RE.test(id)) return '<span>';
    return `<span data-passage-id="${id}"${CODES.has(code) ? ` data-code="${code}"` : ''}>`;
  });
}

/** Removes the mark of one coded passage from a note, keeping its text. */
export function unwrapPassage(html: string, passageId: string): string {
  return sanitizeHtml(html, {
    ...OPTIONS,
    exclusiveFilter: undefined,
    transformTags: {
      span: (tagName, attribs) => (attribs['data-passage-id'] === passageId ? { tagName: 'span', attribs: {} } : { tagName, attribs }),
    },
  });
}

/** Plain text of a note for search and passage context: block ends become line breaks. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<(br|hr)\s*\/?>/gi, '\n').replace(/<\/(p|h[1-6]|li|blockquote|pre)>/gi, '\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\n{3,}/g, '\n\n').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z0-9]+);/gi, (m, e: string) => {
    const lower = e.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower]!;
    if (lower.startsWith('#x')) return safeChar(parseInt(lower.slice(2), 16), m);
    if (lower.startsWith('#')) return safeChar(parseInt(lower.slice(1), 10), m);
    return m;
  });
}
const safeChar = (code: number, fallback: string) => (Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : fallback);

/** Plain text fields (names, tags, comments): no markup at all, control characters removed. */
export function plainText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[\uE000\uE001]/g, '');
}
