import { useState } from 'react';
import { Button, Divider, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { Agenda, Meeting, MeetingKind } from '../../../../shared/domain/interviews';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';
import { useOptions } from './options';
import { ParticipantsPanel } from './ParticipantsPanel';

/** The fields of a meeting this form edits (participants are edited in their own panel). */
type Draft = Pick<Meeting, 'dayId' | 'startTime' | 'endTime' | 'title' | 'place' | 'kind' | 'policyAreas' | 'team'>;

/** Creates or edits a meeting; once it exists, its participants and their consent are edited below. */
export function MeetingModal({ visitId, agenda, meetingId, dayId, onClose }: { visitId: string; agenda: Agenda; meetingId: string | null; dayId: string | null; onClose: () => void }) {
  const o = useOptions();
  const visit = useApiQuery('visits.get', { visitId });
  const existing = meetingId ? agenda.days.flatMap((d) => d.meetings).find((m) => m.id === meetingId) ?? null : null;
  const [savedId, setSavedId] = useState<string | null>(meetingId);
  const [draft, setDraft] = useState<Draft>(() =>
    existing
      ? { dayId: existing.dayId, startTime: existing.startTime, endTime: existing.endTime, title: existing.title, place: existing.place, kind: existing.kind, policyAreas: existing.policyAreas, team: existing.team }
      : { dayId: dayId ?? agenda.days[0]?.id ?? '', startTime: '09:00', endTime: '10:00', title: '', place: '', kind: 'interview', policyAreas: [], team: visit.data?.profile.experts.map((e) => e.name) ?? [] },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiMutation('interviews.saveMeeting', { invalidates: ['interviews.agenda'] });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const meeting: Meeting | null = savedId ? agenda.days.flatMap((d) => d.meetings).find((m) => m.id === savedId) ?? null : null;
  const team = [...new Set([...(visit.data?.profile.experts.map((e) => e.name) ?? []), ...draft.team])];

  const submit = () =>
    save.mutate(
      { visitId, id: savedId ?? undefined, meeting: draft },
      {
        onSuccess: (m) => {
          setErrors({});
          notifySuccess(o.t('meeting.saved'));
          if (savedId) onClose();
          else setSavedId(m.id);
        },
        onError: (e) => {
          setErrors(e.apiError.fields ?? {});
          notifyError(e);
        },
      },
    );
  const err = (key: string) => errors[key] ?? errors[`meeting.${key}`];

  return (
    <Modal opened onClose={onClose} title={savedId ? o.t('meeting.editTitle') : o.t('meeting.newTitle')} size="xl" centered>
      <Stack gap="sm">
        <TextInput label={o.t('meeting.title')} value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} required data-autofocus data-testid="meeting-title" />
        <Group grow align="flex-start">
          <Select label={o.t('meeting.day')} data={agenda.days.map((d) => ({ value: d.id, label: d.label || d.date || '—' }))} value={draft.dayId} onChange={(v) => v && set('dayId', v)} allowDeselect={false} />
          <TimeInput label={o.t('meeting.start')} value={draft.startTime} onChange={(e) => set('startTime', e.currentTarget.value)} error={err('startTime')} data-testid="meeting-start" />
          <TimeInput label={o.t('meeting.end')} value={draft.endTime} onChange={(e) => set('endTime', e.currentTarget.value)} error={err('endTime')} data-testid="meeting-end" />
          <Select label={o.t('meeting.kind')} data={o.kinds} value={draft.kind} onChange={(v) => v && set('kind', v as MeetingKind)} allowDeselect={false} data-testid="meeting-kind" />
        </Group>
        <TextInput label={o.t('meeting.place')} value={draft.place} onChange={(e) => set('place', e.currentTarget.value)} />
        <MultiSelect label={o.t('meeting.policyAreas')} data={o.areas} value={draft.policyAreas} onChange={(v) => set('policyAreas', v)} searchable clearable error={err('policyAreas')} data-testid="meeting-areas" />
        <MultiSelect label={o.t('meeting.team')} data={team} value={draft.team} onChange={(v) => set('team', v)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {o.t('common:actions.close')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="save-meeting">
            {o.t('common:actions.save')}
          </Button>
        </Group>
        {meeting && (
          <>
            <Divider />
            <ParticipantsPanel visitId={visitId} meeting={meeting} />
          </>
        )}
      </Stack>
    </Modal>
  );
}
