import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { useTempDir } from '../../../../test/support/temp';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/interviews';
import { addAttachment, attachmentBytes, deleteAttachment, listAttachments } from './attachments';
import { imageSize, sniff } from './sniff';
import { visitWithAgenda } from './test-helpers';

const png = () => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#ffd43b"/><text x="40" y="100" font-size="60">Flipchart</text></svg>').render().asPng();
// 1×1 transparent GIF
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

describe('attachments', () => {
  const tempDir = useTempDir();

  it('recognises files by their bytes and reads image sizes', () => {
    expect(sniff(png(), 'a.png')?.kind).toBe('png');
    expect(imageSize(png(), 'png')).toEqual({ width: 640, height: 480 });
    expect(sniff(gif, 'a.gif')?.kind).toBe('gif');
    expect(imageSize(gif, 'gif')).toEqual({ width: 1, height: 1 });
    expect(sniff(Buffer.from('%PDF-1.7\n...'), 'x.pdf')?.kind).toBe('pdf');
    expect(sniff(Buffer.from('Notes from the flipchart: équipe'), 'x.txt')?.kind).toBe('text');
    expect(sniff(Buffer.from([0, 1, 2, 3, 0, 255]), 'x.bin')).toBeNull();
  });

  it('stores a photo with a thumbnail in the visit file, gives it back and deletes it', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const a = addAttachment(handle, meetingIds[0]!, 'flipchart.png', png());
    expect(a).toMatchObject({ fileName: 'flipchart.png', mimeType: 'image/png' });
    expect(a.thumbnail).toMatch(/^data:image\/png;base64,/);
    const doc = addAttachment(handle, meetingIds[0]!, '../../etc/Strategy draft.pdf', Buffer.from('%PDF-1.4\n%…'));
    expect(doc).toMatchObject({ fileName: 'Strategy draft.pdf', thumbnail: null });
    expect(listAttachments(handle, meetingIds[0]!)).toHaveLength(2);
    expect(attachmentBytes(handle, a.id).bytes.equals(png())).toBe(true);
    deleteAttachment(handle, a.id);
    expect(listAttachments(handle, meetingIds[0]!).map((x) => x.id)).toEqual([doc.id]);
    library.closeAll();
  });

  it('refuses too big, unknown and disguised files with a clear message, storing nothing', () => {
    const { handle, library, meetingIds } = visitWithAgenda(tempDir());
    const mid = meetingIds[0]!;
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x20);
    expect(() => addAttachment(handle, mid, 'huge.txt', big)).toThrow(/at most 20 MB/);
    expect(() => addAttachment(handle, mid, 'tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toThrow(/not a file type ICC Workbench can attach/);
    expect(() => addAttachment(handle, mid, 'photo.jpg', png())).toThrow(/ends in “\.jpg” but its content is PNG/);
    expect(() => addAttachment(handle, mid, 'report.pdf', Buffer.from('<script>alert(1)</script>'))).toThrow(/content is TEXT/);
    expect(() => addAttachment(handle, mid, 'empty.png', Buffer.alloc(0))).toThrow(/empty/);
    expect(listAttachments(handle, mid)).toEqual([]);
    library.closeAll();
  });
});
