import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Center, Group, Loader, Modal, Paper, Stack, Text, TextInput, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarPlus, IconEdit, IconFileTypeDocx, IconMapPin, IconNotes, IconPlus, IconTemplate, IconTrash, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { AgendaDay, Meeting } from '../../../../shared/domain/interviews';
import { call, useApiMutation, useApiQuery, useTransport } from '../../api/api-context';
import { formatDate } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { MeetingModal } from './MeetingModal';
import { kindColor, scopeColor, useOptions } from './options';

function MeetingRow({ m, onEdit, onDelete, onNotes }: { m: Meeting; onEdit: () => void; onDelete: () => void; onNotes: () => void }) {
  const o = useOptions();
  return (
    <Paper withBorder p="sm" data-testid="meeting-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <Text fw={600} w={104} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {m.startTime}–{m.endTime}
          </Text>
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="light" color={kindColor[m.kind]} size="sm">
                {o.t(`kinds.${m.kind}`)}
              </Badge>
              <Text fw={600} data-testid="meeting-row-title">
                {m.title}
              </Text>
            </Group>
            <Group gap="md">
              {m.place && (
                <Group gap={4}>
                  <IconMapPin size={14} opacity={0.6} />
                  <Text size="sm" c="dimmed">
                    {m.place}
                  </Text>
                </Group>
              )}
              {m.team.length > 0 && (
                <Text size="sm" c="dimmed">
                  {o.t('agenda.team')}: {m.team.join(', ')}
                </Text>
              )}
            </Group>
            {m.policyAreas.length > 0 && (
              <Group gap={4}>
                {m.policyAreas.map((a) => (
                  <Badge key={a} size="xs" variant="outline" color="gray">
                    {o.areaName(a)}
                  </Badge>
                ))}
              </Group>
            )}
            <Group gap={6}>
              <IconUsers size={14} opacity={0.6} />
              {m.participants.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {o.t('agenda.noParticipants')}
                </Text>
              ) : (
                m.participants.map((p) => (
                  <Tooltip key={p.id} label={p.consent.status === 'given' ? o.t(`consentScope.${p.consent.scope}`) : o.t(`consentStatus.${p.consent.status}`)}>
                    <Badge size="sm" variant="dot" color={p.consent.status === 'given' ? scopeColor[p.consent.scope] : 'gray'} tt="none">
                      {p.name}
                    </Badge>
                  </Tooltip>
                ))
              )}
            </Group>
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button size="xs" variant="light" leftSection={<IconNotes size={14} />} onClick={onNotes} data-testid="open-notes">
            {o.t('agenda.openNotes')}
            {m.passageCount > 0 ? ` · ${m.passageCount}` : ''}
          </Button>
          <ActionIcon variant="subtle" aria-label={o.t('common:actions.edit')} onClick={onEdit} data-testid="edit-meeting">
            <IconEdit size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={o.t('common:actions.delete')} onClick={onDelete}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}

function DayModal({ visitId, day, onClose }: { visitId: string; day: AgendaDay | 'new'; onClose: () => void }) {
  const o = useOptions();
  const [label, setLabel] = useState(day === 'new' ? '' : day.label);
  const [date, setDate] = useState(day === 'new' ? '' : day.date ?? '');
  const save = useApiMutation('interviews.saveDay', { invalidates: ['interviews.agenda'] });
  return (
    <Modal opened onClose={onClose} title={day === 'new' ? o.t('agenda.addDay') : o.t('agenda.editDay')} centered>
      <Stack>
        <TextInput label={o.t('agenda.dayLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} data-autofocus data-testid="day-label" />
        <TextInput type="date" label={o.t('agenda.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} data-testid="day-date" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {o.t('common:actions.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            data-testid="save-day"
            onClick={() => save.mutate({ visitId, id: day === 'new' ? undefined : day.id, day: { label, date: date || null } }, { onSuccess: onClose, onError: notifyError })}
          >
            {o.t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The visit's days and meetings; every item editable, starting from the default template. */
export function AgendaTab() {
  const visitId = useVisitId();
  const o = useOptions();
  const transport = useTransport();
  const [, setParams] = useSearchParams();
  const agenda = useApiQuery('interviews.agenda', { visitId });
  const template = useApiMutation('interviews.applyTemplate', { invalidates: ['interviews.agenda'] });
  const deleteMeeting = useApiMutation('interviews.deleteMeeting', { invalidates: ['interviews.agenda', 'interviews.findings', 'interviews.passages'] });
  const deleteDay = useApiMutation('interviews.deleteDay', { invalidates: ['interviews.agenda', 'interviews.findings', 'interviews.passages'] });
  const [editing, setEditing] = useState<{ meetingId: string | null; dayId: string | null } | null>(null);
  const [dayEditing, setDayEditing] = useState<AgendaDay | 'new' | null>(null);
  const [exporting, setExporting] = useState(false);

  if (agenda.isPending) return <Center py={60}><Loader /></Center>;
  if (agenda.isError) return <Alert color="red">{agenda.error.message}</Alert>;
  const days = agenda.data.days;

  const exportWord = async () => {
    setExporting(true);
    try {
      const file = await call(transport, 'exports.agendaDocx', { visitId, lang: o.lang });
      await transport.saveFile(file.fileToken, file.fileName);
      notifySuccess(o.t('agenda.exported'));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group>
          <Button variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={() => setDayEditing('new')} data-testid="add-day">
            {o.t('agenda.addDay')}
          </Button>
        </Group>
        <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={exportWord} loading={exporting} disabled={days.length === 0} data-testid="export-agenda">
          {o.t('agenda.exportWord')}
        </Button>
      </Group>
      {days.length === 0 && (
        <Paper withBorder p="xl" data-testid="agenda-empty">
          <Stack align="center" gap="sm" maw={560} mx="auto" ta="center">
            <ThemeIcon size={48} variant="light">
              <IconTemplate size={28} />
            </ThemeIcon>
            <Title order={4}>{o.t('agenda.emptyTitle')}</Title>
            <Text c="dimmed">{o.t('agenda.emptyBody')}</Text>
            <Button
              onClick={() => template.mutate({ visitId, lang: o.lang }, { onSuccess: () => notifySuccess(o.t('agenda.templateApplied')), onError: notifyError })}
              loading={template.isPending}
              data-testid="apply-template"
            >
              {o.t('agenda.useTemplate')}
            </Button>
          </Stack>
        </Paper>
      )}
      {days.map((day) => (
        <Stack key={day.id} gap="xs" data-testid="agenda-day">
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={4}>{day.label || formatDate(day.date, o.lang) || o.t('agenda.undated')}</Title>
              {day.date && day.label && <Badge variant="light">{formatDate(day.date, o.lang)}</Badge>}
            </Group>
            <Group gap={4}>
              <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ meetingId: null, dayId: day.id })} data-testid="add-meeting">
                {o.t('agenda.addMeeting')}
              </Button>
              <ActionIcon variant="subtle" aria-label={o.t('agenda.editDay')} onClick={() => setDayEditing(day)}>
                <IconEdit size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={o.t('agenda.deleteDay')}
                onClick={() =>
                  modals.openConfirmModal({
                    title: o.t('agenda.deleteDay'),
                    children: <Text size="sm">{o.t('agenda.deleteDayConfirm', { label: day.label || day.date, count: day.meetings.length })}</Text>,
                    labels: { confirm: o.t('common:actions.delete'), cancel: o.t('common:actions.cancel') },
                    confirmProps: { color: 'red' },
                    onConfirm: () => deleteDay.mutate({ visitId, dayId: day.id }, { onError: notifyError }),
                  })
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
          {day.meetings.map((m) => (
            <MeetingRow
              key={m.id}
              m={m}
              onEdit={() => setEditing({ meetingId: m.id, dayId: day.id })}
              onNotes={() => setParams({ tab: 'notes', meeting: m.id })}
              onDelete={() =>
                modals.openConfirmModal({
                  title: o.t('common:actions.delete'),
                  children: <Text size="sm">{o.t('agenda.deleteMeetingConfirm', { title: m.title })}</Text>,
                  labels: { confirm: o.t('common:actions.delete'), cancel: o.t('common:actions.cancel') },
                  confirmProps: { color: 'red' },
                  onConfirm: () => deleteMeeting.mutate({ visitId, meetingId: m.id }, { onError: notifyError }),
                })
              }
            />
          ))}
        </Stack>
      ))}
      {editing && <MeetingModal visitId={visitId} agenda={agenda.data} meetingId={editing.meetingId} dayId={editing.dayId} onClose={() => setEditing(null)} />}
      {dayEditing && <DayModal visitId={visitId} day={dayEditing} onClose={() => setDayEditing(null)} />}
    </Stack>
  );
}
