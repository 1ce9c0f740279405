import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTION_PRIORITIES, ACTION_STATUSES, type Action, type ActionInput, type Strategy } from '../../../../shared/domain/strategy';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { notifyError } from '../../app/notify';
import { ActionDrawer } from './ActionDrawer';

export const toInput = (a: Action): ActionInput => {
  const { id: _id, position: _p, updatedAt: _u, ...rest } = a;
  return rest;
};

/** The action plan as a table (status and level edited in place); a row opens the full form. */
export function ActionsTab({ visitId, strategy }: { visitId: string; strategy: Strategy }) {
  const { t } = useTranslation('strategy');
  const inv = { invalidates: ['strategy.get' as const] };
  const add = useApiMutation('strategy.addAction', inv);
  const update = useApiMutation('strategy.updateAction', inv);
  const remove = useApiMutation('strategy.deleteAction', inv);
  const reorder = useApiMutation('strategy.reorderActions', inv);
  const stakeholders = useApiQuery('stakeholders.list', { visitId });
  const [open, setOpen] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const nameOf = (id: string | null) => stakeholders.data?.find((s) => s.id === id)?.name ?? '';
  const priorityOf = (id: string | null) => strategy.priorities.find((p) => p.id === id)?.title ?? '';
  const q = filter.trim().toLowerCase();
  const rows = strategy.actions.filter((a) => !q || [a.title, a.objective, nameOf(a.leadStakeholderId), a.leadText, priorityOf(a.priorityId)].join(' ').toLowerCase().includes(q));
  const patch = (a: Action, p: Partial<ActionInput>) => update.mutate({ visitId, id: a.id, action: { ...toInput(a), ...p } }, { onError: notifyError });
  const move = (i: number, d: -1 | 1) => {
    const ids = strategy.actions.map((a) => a.id);
    const j = i + d;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    reorder.mutate({ visitId, ids }, { onError: notifyError });
  };
  const create = () => add.mutate({ visitId, action: { title: t('actions.new') } }, { onError: notifyError, onSuccess: (a) => setOpen(a.id) });
  const current = strategy.actions.find((a) => a.id === open);

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Group>
            <Badge variant="light">{t('actions.count', { count: strategy.actions.length })}</Badge>
            <TextInput size="xs" leftSection={<IconSearch size={14} />} placeholder={t('actions.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} aria-label={t('actions.filter')} />
          </Group>
          <Button leftSection={<IconPlus size={16} />} onClick={create} loading={add.isPending} data-testid="add-action">
            {t('actions.add')}
          </Button>
        </Group>
        {strategy.actions.length === 0 ? (
          <Text c="dimmed">{t('actions.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="action-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>#</Table.Th>
                  <Table.Th>{t('actions.title')}</Table.Th>
                  <Table.Th>{t('actions.priority')}</Table.Th>
                  <Table.Th>{t('strategyDoc:actions.lead')}</Table.Th>
                  <Table.Th>{t('actions.timeline')}</Table.Th>
                  <Table.Th w={120}>{t('actions.level')}</Table.Th>
                  <Table.Th w={140}>{t('actions.status')}</Table.Th>
                  <Table.Th w={100} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => {
                  const i = strategy.actions.indexOf(a);
                  return (
                    <Table.Tr key={a.id} data-testid="action-row">
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td style={{ cursor: 'pointer' }} onClick={() => setOpen(a.id)}>
                        <Text fw={600} size="sm" c="blue">
                          {a.title}
                        </Text>
                        {a.objective && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {a.objective}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{priorityOf(a.priorityId) || '–'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{[nameOf(a.leadStakeholderId), a.leadText].filter(Boolean).join('; ') || '–'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{[a.start, a.end].filter(Boolean).join(' – ') || '–'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Select size="xs" value={a.priorityLevel} allowDeselect={false} data={ACTION_PRIORITIES.map((v) => ({ value: v, label: t(`actions.levels.${v}`) }))} onChange={(v) => v && patch(a, { priorityLevel: v as Action['priorityLevel'] })} aria-label={t('actions.level')} />
                      </Table.Td>
                      <Table.Td>
                        <Select size="xs" value={a.status} allowDeselect={false} data={ACTION_STATUSES.map((v) => ({ value: v, label: t(`actions.statuses.${v}`) }))} onChange={(v) => v && patch(a, { status: v as Action['status'] })} aria-label={t('actions.status')} data-testid="action-status" />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap">
                          <ActionIcon variant="subtle" size="sm" aria-label={t('actions.moveUp')} onClick={() => move(i, -1)} disabled={i === 0 || !!q}>
                            <IconArrowUp size={14} />
                          </ActionIcon>
                          <ActionIcon variant="subtle" size="sm" aria-label={t('actions.moveDown')} onClick={() => move(i, 1)} disabled={i === strategy.actions.length - 1 || !!q}>
                            <IconArrowDown size={14} />
                          </ActionIcon>
                          <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('common:actions.delete')} onClick={() => window.confirm(t('actions.deleteConfirm')) && remove.mutate({ visitId, id: a.id }, { onError: notifyError })}>
                            <IconTrash size={14} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {current && <ActionDrawer key={current.id} visitId={visitId} action={current} strategy={strategy} stakeholders={stakeholders.data ?? []} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
