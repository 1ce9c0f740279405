import { useState } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ConsentScope, ConsentStatus, Meeting, Participant } from '../../../../shared/domain/interviews';
import { useApiMutation } from '../../api/api-context';
import { notifyError } from '../../app/notify';
import { scopeColor, useOptions, useStakeholders } from './options';

const INVALIDATES = ['interviews.agenda', 'interviews.passages', 'interviews.findings', 'stakeholders.list'] as const;

/** One participant: every change is saved at once (select) or when the field is left (text). */
function ParticipantRow({ visitId, p }: { visitId: string; p: Participant }) {
  const o = useOptions();
  const stakeholders = useStakeholders(visitId);
  const update = useApiMutation('interviews.updateParticipant', { invalidates: [...INVALIDATES] });
  const remove = useApiMutation('interviews.removeParticipant', { invalidates: [...INVALIDATES] });
  const [name, setName] = useState(p.name);
  const [role, setRole] = useState(p.role);
  const save = (patch: Partial<{ name: string; role: string; stakeholderId: string | null; consent: Participant['consent'] }>) =>
    update.mutate(
      { visitId, participantId: p.id, participant: { name: p.name, role: p.role, stakeholderId: p.stakeholderId, consent: p.consent, ...patch } },
      { onError: (e) => (notifyError(e), setName(p.name), setRole(p.role)) },
    );
  return (
    <Paper withBorder p="xs" data-testid="participant-row">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput size="xs" label={o.t('participants.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} onBlur={() => name !== p.name && save({ name })} w={170} data-testid="participant-name" />
        <TextInput size="xs" label={o.t('participants.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} onBlur={() => role !== p.role && save({ role })} w={190} />
        <Select
          size="xs"
          label={o.t('participants.stakeholder')}
          placeholder={o.t('participants.noStakeholder')}
          data={stakeholders.options}
          value={p.stakeholderId}
          onChange={(v) => save({ stakeholderId: v })}
          searchable
          clearable
          w={200}
          leftSection={p.stakeholderId ? <IconLink size={14} /> : undefined}
        />
        <Select size="xs" label={o.t('participants.consentStatus')} data={o.statuses} value={p.consent.status} onChange={(v) => v && save({ consent: { ...p.consent, status: v as ConsentStatus, date: p.consent.date ?? (v === 'not_asked' ? null : new Date().toISOString().slice(0, 10)) } })} allowDeselect={false} w={160} data-testid="consent-status" />
        <TextInput size="xs" type="date" label={o.t('participants.consentDate')} value={p.consent.date ?? ''} onChange={(e) => save({ consent: { ...p.consent, date: e.currentTarget.value || null } })} w={140} />
        <Select size="xs" label={o.t('participants.consentScope')} data={o.scopes} value={p.consent.scope} onChange={(v) => v && save({ consent: { ...p.consent, scope: v as ConsentScope } })} allowDeselect={false} w={170} data-testid="consent-scope" />
        <Tooltip label={o.t('participants.remove')}>
          <ActionIcon variant="subtle" color="red" aria-label={o.t('participants.remove')} onClick={() => remove.mutate({ visitId, participantId: p.id }, { onError: notifyError })}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group gap={6} mt={6}>
        <Badge size="xs" variant="light" color={p.consent.status === 'given' ? scopeColor[p.consent.scope] : 'gray'} data-testid="consent-badge">
          {p.consent.status === 'given' ? o.t(`consentScope.${p.consent.scope}`) : o.t(`consentStatus.${p.consent.status}`)}
        </Badge>
        {p.stakeholderId && (
          <Text size="xs" c="dimmed">
            {o.t('participants.linked', { name: stakeholders.name(p.stakeholderId) })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

/** Participants of a meeting, linked to stakeholder records, with their consent. */
export function ParticipantsPanel({ visitId, meeting }: { visitId: string; meeting: Meeting }) {
  const o = useOptions();
  const stakeholders = useStakeholders(visitId);
  const add = useApiMutation('interviews.addParticipant', { invalidates: [...INVALIDATES] });
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [stakeholderId, setStakeholderId] = useState<string | null>(null);
  const [create, setCreate] = useState(false);
  const [category, setCategory] = useState<string | null>('city_department');
  const submit = () =>
    add.mutate(
      {
        visitId,
        meetingId: meeting.id,
        participant: { name, role, stakeholderId: create ? null : stakeholderId },
        createStakeholder: create && category ? { category, organisation: role } : undefined,
      },
      { onSuccess: () => (setName(''), setRole(''), setStakeholderId(null), setCreate(false)), onError: notifyError },
    );
  return (
    <Stack gap="xs">
      <Text fw={600}>{o.t('participants.title')}</Text>
      {meeting.participants.length === 0 && (
        <Text size="sm" c="dimmed">
          {o.t('participants.empty')}
        </Text>
      )}
      {meeting.participants.map((p) => (
        <ParticipantRow key={`${p.id}-${p.name}-${p.role}`} visitId={visitId} p={p} />
      ))}
      <Paper withBorder p="xs" bg="var(--mantine-color-default-hover)">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput size="xs" label={o.t('participants.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={170} data-testid="new-participant-name" />
          <TextInput size="xs" label={o.t('participants.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} w={190} data-testid="new-participant-role" />
          {create ? (
            <Select size="xs" label={o.t('participants.category')} data={o.categories} value={category} onChange={setCategory} allowDeselect={false} w={200} data-testid="new-participant-category" />
          ) : (
            <Select size="xs" label={o.t('participants.stakeholder')} placeholder={o.t('participants.noStakeholder')} data={stakeholders.options} value={stakeholderId} onChange={setStakeholderId} searchable clearable w={200} />
          )}
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={submit} disabled={!name.trim()} loading={add.isPending} data-testid="add-participant">
            {o.t('participants.add')}
          </Button>
        </Group>
        <Checkbox mt="xs" size="xs" label={o.t('participants.createStakeholder')} checked={create} onChange={(e) => setCreate(e.currentTarget.checked)} data-testid="create-stakeholder" />
      </Paper>
    </Stack>
  );
}
