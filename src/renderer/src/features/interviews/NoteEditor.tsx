import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { RichTextEditor, Link } from '@mantine/tiptap';
import '@mantine/tiptap/styles.css';
import { Extension, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { IconAlertTriangle, IconCheck, IconCloudUpload, IconHighlight } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { Meeting, MeetingNote } from '../../../../shared/domain/interviews';
import { ApiCallError, call, useApiQuery, useTransport } from '../../api/api-context';
import { notifyError } from '../../app/notify';
import { Autosaver, type SaveState } from './autosave';
import { CodedPassageMark, findText, passageRanges } from './coded-mark';
import { useOptions } from './options';
import { useEditorLabels } from './editor-labels';

export interface Selection {
  from: number;
  to: number;
  text: string;
}

interface Props {
  visitId: string;
  meeting: Meeting;
  /** Passage to select and scroll to once loaded (from findings). */
  focusPassage?: string | null;
  /** Search words to select once loaded (from search). */
  focusQuery?: string | null;
  onEditor?: (editor: Editor | null) => void;
  onCodeSelection: (selection: Selection) => void;
}

function SaveStateBadge({ state }: { state: SaveState }) {
  const o = useOptions();
  const map = {
    saved: { color: 'teal', icon: <IconCheck size={12} />, label: o.t('notes.saved') },
    pending: { color: 'gray', icon: <IconCloudUpload size={12} />, label: o.t('notes.pending') },
    saving: { color: 'gray', icon: <IconCloudUpload size={12} />, label: o.t('notes.saving') },
    error: { color: 'orange', icon: <IconAlertTriangle size={12} />, label: o.t('notes.offline') },
    conflict: { color: 'red', icon: <IconAlertTriangle size={12} />, label: o.t('notes.conflictTitle') },
  }[state];
  return (
    <Badge variant="light" color={map.color} leftSection={map.icon} data-testid="save-state" data-state={state} tt="none" role="status" aria-live="polite">
      {map.label}
    </Badge>
  );
}

/** Selects a range, scrolls it into the middle of the view and flashes it. */
export function reveal(editor: Editor, range: { from: number; to: number }) {
  editor.chain().focus().setTextSelection(range).run();
  const { node } = editor.view.domAtPos(range.from);
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement)) ?? null;
  el?.scrollIntoView({ block: 'center' });
  el?.classList.add('passage-flash');
  setTimeout(() => el?.classList.remove('passage-flash'), 1800);
}

function LoadedEditor({ visitId, meeting, initial, focusPassage, focusQuery, onEditor, onCodeSelection }: Props & { initial: MeetingNote }) {
  const o = useOptions();
  const transport = useTransport();
  const client = useQueryClient();
  const labels = useEditorLabels();
  const saverRef = useRef<Autosaver | null>(null);
  // Ctrl/Cmd+Alt+C codes the selection without leaving the keyboard (set once the handler exists).
  const codeRef = useRef<() => void>(() => undefined);
  const [state, setState] = useState<SaveState>('saved');
  const editor = useEditor({
    // No autolink: it re-scans every changed block for URLs, which on a 1 MB paste blocks typing for seconds.
    extensions: [StarterKit.configure({ link: false }), Link.configure({ openOnClick: false, autolink: false }), CodedPassageMark, Extension.create({ name: 'codeShortcut', addKeyboardShortcuts: () => ({ 'Mod-Alt-c': () => (codeRef.current(), true) }) })],
    content: initial.html,
    immediatelyRender: true,
    // Toolbar controls subscribe to the state they need; re-rendering the page per keystroke would lag on long notes.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'data-testid': 'note-editor', 'aria-label': meeting.title },
      // Pasted markup cannot bring coded-passage marks with it: coding happens here, against a stored passage.
      transformPastedHTML: (html) => html.replace(/\sdata-passage-id=("[^"]*"|'[^']*'|[^\s>]*)/gi, ''),
    },
    onUpdate: () => saverRef.current?.change(),
    onBlur: () => void saverRef.current?.flush(),
  });

  useEffect(() => {
    const saver = new Autosaver({
      // The rendered DOM is already HTML: reading it is native and fast even for a 1 MB note, where
      // serialising the document again (getHTML) blocks typing. The main side sanitises it either way.
      read: () => editor.view.dom.innerHTML,
      save: (html, baseRevision) => call(transport, 'interviews.saveNote', { visitId, meetingId: meeting.id, html, baseRevision }),
      revision: initial.revision,
      onState: (s, error) => {
        setState(s);
        if (s === 'error' && error instanceof ApiCallError && error.apiError.code !== 'internal') notifyError(error);
      },
      isConflict: (e) => e instanceof ApiCallError && e.apiError.code === 'conflict',
    });
    saverRef.current = saver;
    const flush = () => void saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      void saver.flush().finally(() => {
        saver.stop();
        void client.invalidateQueries({ queryKey: ['interviews.agenda'] });
      });
    };
  }, [editor, transport, visitId, meeting.id, initial.revision, client]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // Open at a coded passage or a search hit.
  useEffect(() => {
    const range = focusPassage ? passageRanges(editor, focusPassage)[0] : focusQuery ? findText(editor, focusQuery) : null;
    if (range) requestAnimationFrame(() => reveal(editor, range));
  }, [editor, focusPassage, focusQuery]);

  const resolveConflict = async (keepMine: boolean) => {
    try {
      const latest = await call(transport, 'interviews.getNote', { visitId, meetingId: meeting.id });
      if (!keepMine) editor.commands.setContent(latest.html, { emitUpdate: false });
      saverRef.current?.resume(latest.revision, keepMine);
    } catch (error) {
      notifyError(error);
    }
  };

  codeRef.current = () => codeSelection();
  const codeSelection = () => {
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, '\n').trim();
    if (from === to || !text) return notifyError(new Error(o.t('notes.selectFirst')));
    onCodeSelection({ from, to, text });
  };

  return (
    <Stack gap="xs">
      {state === 'conflict' && (
        <Alert color="red" title={o.t('notes.conflictTitle')} icon={<IconAlertTriangle />} data-testid="note-conflict">
          <Text size="sm">{o.t('notes.conflictBody')}</Text>
          <Group mt="xs">
            <Button size="xs" variant="default" onClick={() => void resolveConflict(false)} data-testid="conflict-reload">
              {o.t('notes.reload')}
            </Button>
            <Button size="xs" color="red" variant="light" onClick={() => void resolveConflict(true)} data-testid="conflict-keep">
              {o.t('notes.keepMine')}
            </Button>
          </Group>
        </Alert>
      )}
      <RichTextEditor editor={editor} labels={labels} className="notes-editor">
        <RichTextEditor.Toolbar sticky stickyOffset={60}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.Blockquote />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
          <Group gap="xs" ml="auto">
            <Button size="compact-sm" title={o.t('notes.codeShortcut')} leftSection={<IconHighlight size={14} />} onMouseDown={(e) => e.preventDefault()} onClick={codeSelection} data-testid="code-selection">
              {o.t('notes.codeSelection')}
            </Button>
            <SaveStateBadge state={state} />
          </Group>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Stack>
  );
}

/** The note of one meeting: loaded once, then the editor owns the text and autosaves it. */
export function NoteEditor(props: Props) {
  const note = useApiQuery('interviews.getNote', { visitId: props.visitId, meetingId: props.meeting.id }, { staleTime: Infinity, gcTime: 0, refetchOnMount: 'always' });
  if (note.isPending || note.isFetching) return <Center py={60}><Loader /></Center>;
  if (note.isError) return <Alert color="red">{note.error.message}</Alert>;
  return <LoadedEditor {...props} initial={note.data} />;
}
