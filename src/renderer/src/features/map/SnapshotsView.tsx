/** Named, dated snapshots of the map and the comparison of two (or of one with the current map). */
import { useEffect, useMemo, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight, IconCamera, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTITUDE_LABELS, QUADRANT_LABELS, RELATION_LABELS } from '../../../../shared/domain/stakeholders';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatDateTime } from './format';
import { notifyError } from '../../app/notify';
import { langOf } from './options';

export function SnapshotsView({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const list = useApiQuery('map.snapshots.list', { visitId });
  const create = useApiMutation('map.snapshots.create', { invalidates: ['map.snapshots.list', 'map.snapshots.compare'] });
  const remove = useApiMutation('map.snapshots.delete', { invalidates: ['map.snapshots.list', 'map.snapshots.compare'] });
  const [name, setName] = useState('');
  const [fromId, setFrom] = useState<string | null>(null);
  const [toId, setTo] = useState<string | null>('current');
  const snaps = useMemo(() => list.data ?? [], [list.data]);
  useEffect(() => {
    if (!fromId && snaps.length) setFrom(snaps[snaps.length > 1 ? 1 : 0]!.id);
    if (snaps.length > 1 && toId === 'current' && !fromId) setTo(snaps[0]!.id);
  }, [snaps, fromId, toId]);
  const compare = useApiQuery('map.snapshots.compare', { visitId, fromId: fromId ?? 'current', toId: toId ?? 'current' }, { enabled: Boolean(fromId && toId && fromId !== toId) });
  const options = [{ value: 'current', label: t('snapshots.current') }, ...snaps.map((s) => ({ value: s.id, label: `${s.name} — ${formatDateTime(s.takenAt, l)}` }))];
  const take = () =>
    create.mutate({ visitId, name }, { onSuccess: (s) => (setName(''), setFrom(s.id)), onError: notifyError });
  const c = compare.data;
  const q = (k: keyof typeof QUADRANT_LABELS) => QUADRANT_LABELS[k][l];

  return (
    <Stack p="md" gap="md" h="100%" style={{ overflow: 'auto' }} data-testid="snapshots-view">
      <Group align="flex-end">
        <TextInput label={t('snapshots.name')} placeholder={t('snapshots.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && name.trim() && take()} w={320} data-testid="snapshot-name" />
        <Button leftSection={<IconCamera size={16} />} onClick={take} disabled={!name.trim()} loading={create.isPending} data-testid="snapshot-take">
          {t('snapshots.take')}
        </Button>
      </Group>
      <Title order={5}>{t('snapshots.list')}</Title>
      {snaps.length === 0 ? <Text c="dimmed">{t('snapshots.none')}</Text> : (
        <Table withTableBorder>
          <Table.Tbody>
            {snaps.map((s) => (
              <Table.Tr key={s.id} data-testid="snapshot-row">
                <Table.Td fw={600} dir="auto">{s.name}</Table.Td>
                <Table.Td>{formatDateTime(s.takenAt, l)}</Table.Td>
                <Table.Td>{t('snapshots.stakeholders', { count: s.stakeholderCount, relations: s.relationCount })}</Table.Td>
                <Table.Td w={40}>
                  <ActionIcon color="red" variant="subtle" aria-label={t('snapshots.delete')} onClick={() => remove.mutate({ visitId, id: s.id }, { onError: notifyError })}><IconTrash size={16} /></ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={5}>{t('snapshots.compare')}</Title>
      <Group align="flex-end">
        <Select label={t('snapshots.from')} data={options} value={fromId} onChange={setFrom} w={340} data-testid="compare-from" />
        <IconArrowRight />
        <Select label={t('snapshots.to')} data={options} value={toId} onChange={setTo} w={340} data-testid="compare-to" />
      </Group>
      {c && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="comparison">
          <Paper withBorder p="sm">
            <Text fw={700} mb="xs">{t('snapshots.moved')} ({c.moved.length})</Text>
            {c.moved.length === 0 ? <Text c="dimmed" size="sm">{t('snapshots.nothingChanged')}</Text> : (
              <Table fz="sm">
                <Table.Tbody>
                  {c.moved.map((m) => (
                    <Table.Tr key={m.stakeholderId} data-testid="moved-row">
                      <Table.Td fw={600} dir="auto">{m.name}</Table.Td>
                      <Table.Td>
                        {m.from.quadrant !== m.to.quadrant ? <><Badge variant="light" color="gray">{q(m.from.quadrant)}</Badge> → <Badge variant="light">{q(m.to.quadrant)}</Badge></> : q(m.to.quadrant)}
                      </Table.Td>
                      <Table.Td>{`${m.from.influence}/${m.from.interest} → ${m.to.influence}/${m.to.interest}`}</Table.Td>
                      <Table.Td>{m.from.attitude !== m.to.attitude ? `${ATTITUDE_LABELS[m.from.attitude][l]} → ${ATTITUDE_LABELS[m.to.attitude][l]}` : ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <Paper withBorder p="sm">
            <Text fw={700}>{t('snapshots.added')} ({c.added.length})</Text>
            <Text size="sm" dir="auto">{c.added.map((a) => a.name).join(', ') || '—'}</Text>
            <Text fw={700} mt="sm">{t('snapshots.removed')} ({c.removed.length})</Text>
            <Text size="sm" dir="auto">{c.removed.map((a) => a.name).join(', ') || '—'}</Text>
            <Text fw={700} mt="sm">{t('snapshots.appeared')} ({c.relationsAppeared.length})</Text>
            {c.relationsAppeared.map((r) => <Text size="sm" key={r.relationId} c="teal" dir="auto">+ {r.sourceName} — {RELATION_LABELS[r.type][l]} — {r.targetName}</Text>)}
            <Text fw={700} mt="sm">{t('snapshots.disappeared')} ({c.relationsDisappeared.length})</Text>
            {c.relationsDisappeared.map((r) => <Text size="sm" key={r.relationId} c="red" dir="auto">− {r.sourceName} — {RELATION_LABELS[r.type][l]} — {r.targetName}</Text>)}
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}
