import { useCallback, useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Center, Grid, Group, Loader, NavLink, Paper, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconEdit, IconEye, IconMapPin, IconTrash } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { Editor } from '@tiptap/react';
import type { CodedPassage, Meeting } from '../../../../shared/domain/interviews';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatDate } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { AttachmentsPanel } from './AttachmentsPanel';
import { CodingModal, type CodingValues } from './CodingModal';
import { passageRanges, updatePassageMark } from './coded-mark';
import { NoteEditor, reveal, type Selection } from './NoteEditor';
import { kindColor, useOptions, useStakeholders } from './options';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PassageCard } from './PassageCard';

const INVALIDATES = ['interviews.passages', 'interviews.findings', 'interviews.agenda'] as const;
/** A real visit has a few dozen meetings; very long days are shown in part so the list stays quick. */
const LIST_LIMIT = 60;

/** Coding of the open meeting: create from a selection, recode/retag/delete from the list. */
function MeetingWorkspace({ visitId, meeting, focusPassage, focusQuery }: { visitId: string; meeting: Meeting; focusPassage: string | null; focusQuery: string | null }) {
  const o = useOptions();
  const stakeholders = useStakeholders(visitId);
  const passages = useApiQuery('interviews.passages', { visitId, meetingId: meeting.id });
  const create = useApiMutation('interviews.createPassage', { invalidates: [...INVALIDATES] });
  const update = useApiMutation('interviews.updatePassage', { invalidates: [...INVALIDATES] });
  const remove = useApiMutation('interviews.deletePassage', { invalidates: [...INVALIDATES] });
  const [editor, setEditor] = useState<Editor | null>(null);
  const [coding, setCoding] = useState<{ selection: Selection } | { passage: CodedPassage } | null>(null);
  const onEditor = useCallback((e: Editor | null) => setEditor(e), []);
  // Speakers of this meeting are the likely stakeholders of a passage.
  const meetingStakeholders = [...new Set(meeting.participants.map((p) => p.stakeholderId).filter((s): s is string => !!s))];

  const save = (v: CodingValues) => {
    if (!coding || !editor) return;
    if ('selection' in coding) {
      const id = crypto.randomUUID();
      const { from, to, text } = coding.selection;
      editor.chain().setTextSelection({ from, to }).setMark('codedPassage', { passageId: id, code: v.code }).run();
      create.mutate(
        { visitId, meetingId: meeting.id, id, passage: { ...v, text } },
        {
          onSuccess: () => setCoding(null),
          onError: (e) => {
            updatePassageMark(editor, id, null);
            notifyError(e);
          },
        },
      );
    } else {
      const p = coding.passage;
      update.mutate(
        { visitId, passageId: p.id, patch: v, syncNote: false },
        { onSuccess: () => (v.code !== p.code && updatePassageMark(editor, p.id, v.code), setCoding(null)), onError: notifyError },
      );
    }
  };

  const del = (p: CodedPassage) =>
    remove.mutate(
      { visitId, passageId: p.id, syncNote: false },
      { onSuccess: () => (editor && updatePassageMark(editor, p.id, null), setCoding(null), notifySuccess(o.t('coding.deleted'))), onError: notifyError },
    );

  const show = (p: CodedPassage) => {
    const range = editor ? passageRanges(editor, p.id)[0] : undefined;
    if (editor && range) reveal(editor, range);
    else notifyError(new Error(o.t('coding.notFoundInNote')));
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm">
          <Paper withBorder p="sm">
            <Group justify="space-between">
              <div>
                <Group gap="xs">
                  <Badge variant="light" color={kindColor[meeting.kind]}>
                    {o.t(`kinds.${meeting.kind}`)}
                  </Badge>
                  <Title order={4} data-testid="note-meeting-title">
                    {meeting.title}
                  </Title>
                </Group>
                <Group gap="md" mt={4}>
                  <Text size="sm" c="dimmed">
                    {meeting.startTime}–{meeting.endTime}
                  </Text>
                  {meeting.place && (
                    <Group gap={4}>
                      <IconMapPin size={14} opacity={0.6} />
                      <Text size="sm" c="dimmed">
                        {meeting.place}
                      </Text>
                    </Group>
                  )}
                  {meeting.policyAreas.map((a) => (
                    <Badge key={a} size="xs" variant="outline" color="gray">
                      {o.areaName(a)}
                    </Badge>
                  ))}
                </Group>
              </div>
            </Group>
          </Paper>
          <NoteEditor key={meeting.id} visitId={visitId} meeting={meeting} focusPassage={focusPassage} focusQuery={focusQuery} onEditor={onEditor} onCodeSelection={(selection) => setCoding({ selection })} />
          <Paper withBorder p="sm">
            <ParticipantsPanel visitId={visitId} meeting={meeting} />
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="sm">
          <Text fw={600}>{o.t('notes.passagesTitle')}</Text>
          {passages.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {o.t('notes.noPassages')}
            </Text>
          )}
          {passages.data?.map((p) => (
            <PassageCard
              key={p.id}
              p={p}
              stakeholderName={stakeholders.name}
              showMeeting={false}
              actions={
                <>
                  <Tooltip label={o.t('coding.showInContext')}>
                    <ActionIcon size="sm" variant="subtle" aria-label={o.t('coding.showInContext')} onClick={() => show(p)}>
                      <IconEye size={14} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={o.t('coding.editTitle')}>
                    <ActionIcon size="sm" variant="subtle" aria-label={o.t('coding.editTitle')} onClick={() => setCoding({ passage: p })} data-testid="recode-passage">
                      <IconEdit size={14} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={o.t('coding.delete')}>
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={o.t('coding.delete')} onClick={() => del(p)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                </>
              }
            />
          ))}
          <AttachmentsPanel visitId={visitId} meetingId={meeting.id} />
        </Stack>
      </Grid.Col>
      {coding && (
        <CodingModal
          visitId={visitId}
          text={'selection' in coding ? coding.selection.text : coding.passage.text}
          initial={
            'selection' in coding
              ? { code: 'quote', policyAreas: [], stakeholderIds: meetingStakeholders.length === 1 ? meetingStakeholders : [], comment: '' }
              : { code: coding.passage.code, policyAreas: coding.passage.policyAreas, stakeholderIds: coding.passage.stakeholderIds, comment: coding.passage.comment }
          }
          editing={'passage' in coding}
          busy={create.isPending || update.isPending}
          onSave={save}
          onDelete={'passage' in coding ? () => del(coding.passage) : undefined}
          onClose={() => setCoding(null)}
        />
      )}
    </Grid>
  );
}

/** One note per meeting: the meeting list on the left, the open meeting's note and coding on the right. */
export function NotesTab() {
  const visitId = useVisitId();
  const o = useOptions();
  const [params, setParams] = useSearchParams();
  const agenda = useApiQuery('interviews.agenda', { visitId });
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (agenda.isPending) return <Center py={60}><Loader /></Center>;
  if (agenda.isError) return <Alert color="red">{agenda.error.message}</Alert>;
  const meetings = agenda.data.days.flatMap((d) => d.meetings);
  if (meetings.length === 0) return <Alert color="blue">{o.t('notes.noMeetings')}</Alert>;
  const meetingId = params.get('meeting');
  const meeting = meetings.find((m) => m.id === meetingId) ?? null;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Paper withBorder p={4}>
          <ScrollArea.Autosize mah="calc(100vh - 220px)">
            {agenda.data.days.map((d) => (
              <div key={d.id}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                  {d.label || formatDate(d.date, o.lang)}
                </Text>
                {(expanded.has(d.id) ? d.meetings : d.meetings.slice(0, LIST_LIMIT)).map((m) => (
                  <NavLink
                    key={m.id}
                    active={m.id === meetingId}
                    label={m.title}
                    description={`${m.startTime} · ${o.t(`kinds.${m.kind}`)}`}
                    onClick={() => setParams({ tab: 'notes', meeting: m.id })}
                    rightSection={m.passageCount > 0 ? <Badge size="xs" variant="light">{m.passageCount}</Badge> : m.hasNotes ? <Badge size="xs" variant="dot" color="teal" /> : null}
                    data-testid="notes-meeting"
                    styles={{ label: { whiteSpace: 'normal' } }}
                  />
                ))}
                {d.meetings.length > LIST_LIMIT && !expanded.has(d.id) && (
                  <Button variant="subtle" size="xs" fullWidth onClick={() => setExpanded(new Set([...expanded, d.id]))}>
                    {o.t('notes.showAll', { count: d.meetings.length })}
                  </Button>
                )}
              </div>
            ))}
          </ScrollArea.Autosize>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {meeting ? (
          <MeetingWorkspace visitId={visitId} meeting={meeting} focusPassage={params.get('passage')} focusQuery={params.get('q')} />
        ) : (
          <Paper withBorder p="xl">
            <Text c="dimmed" ta="center">
              {o.t('notes.chooseMeeting')}
            </Text>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
