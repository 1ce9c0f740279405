import { ActionIcon, Badge, Button, Card, Grid, Group, MultiSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconBulb, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Priority, PrioritySuggestion, Strategy } from '../../../../shared/domain/strategy';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';
import { useAreaOptions } from './areas';

/** Priorities on the left; suggestions from Index gaps and interview findings on the right (picked, never added silently). */
export function PrioritiesTab({ visitId, strategy }: { visitId: string; strategy: Strategy }) {
  const { t } = useTranslation('strategy');
  const inv = { invalidates: ['strategy.get' as const, 'strategy.suggestPriorities' as const] };
  const add = useApiMutation('strategy.addPriority', inv);
  const suggestions = useApiQuery('strategy.suggestPriorities', { visitId });
  const take = (s: PrioritySuggestion) =>
    add.mutate({ visitId, priority: { title: s.title, description: s.description, indicatorIds: s.indicatorIds, source: s.source } }, { onError: notifyError, onSuccess: () => notifySuccess(t('priorities.added', { title: s.title })) });
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p="md">
          <Stack>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('priorities.intro')}
              </Text>
              <Button leftSection={<IconPlus size={16} />} onClick={() => add.mutate({ visitId, priority: { title: t('priorities.name') } }, { onError: notifyError })} data-testid="add-priority">
                {t('priorities.add')}
              </Button>
            </Group>
            {strategy.priorities.length === 0 && <Text c="dimmed">{t('priorities.empty')}</Text>}
            {strategy.priorities.map((p, i) => (
              <PriorityEditor key={p.id} visitId={visitId} priority={p} n={i + 1} />
            ))}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="md" data-testid="suggestions">
          <Stack gap="sm">
            <Group gap="xs">
              <IconBulb size={18} />
              <Title order={5}>{t('priorities.suggestions')}</Title>
            </Group>
            <Text size="xs" c="dimmed">
              {t('priorities.suggestionsIntro')}
            </Text>
            {suggestions.data?.length === 0 && <Text size="sm">{t('priorities.noSuggestions')}</Text>}
            {suggestions.data?.map((s) => (
              <Card key={s.key} withBorder padding="sm" data-testid="suggestion">
                <Group justify="space-between" mb={4}>
                  <Badge size="xs" variant="light" color={s.source === 'index_gap' ? 'orange' : 'grape'}>
                    {s.source === 'index_gap' ? t('priorities.fromIndex') : t('priorities.fromFinding')}
                  </Badge>
                  {s.taken ? (
                    <Badge size="sm" color="teal" variant="light" leftSection={<IconCheck size={12} />}>
                      {t('priorities.taken')}
                    </Badge>
                  ) : (
                    <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => take(s)} data-testid="take-suggestion">
                      {t('priorities.take')}
                    </Button>
                  )}
                </Group>
                <Text fw={600} size="sm">
                  {s.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.description}
                </Text>
              </Card>
            ))}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function PriorityEditor({ visitId, priority, n }: { visitId: string; priority: Priority; n: number }) {
  const { t } = useTranslation('strategy');
  const areas = useAreaOptions();
  const inv = { invalidates: ['strategy.get' as const, 'strategy.suggestPriorities' as const] };
  const update = useApiMutation('strategy.updatePriority', inv);
  const remove = useApiMutation('strategy.deletePriority', inv);
  const save = (patch: Partial<Priority>) => {
    const next = { title: patch.title ?? priority.title, description: patch.description ?? priority.description, indicatorIds: patch.indicatorIds ?? priority.indicatorIds, source: priority.source };
    if (!next.title.trim()) return;
    update.mutate({ visitId, id: priority.id, priority: next }, { onError: notifyError });
  };
  return (
    <Card withBorder data-testid="priority">
      <Group align="flex-start" wrap="nowrap">
        <Text fw={700} c="dimmed" mt={6}>
          {n}.
        </Text>
        <Stack gap={6} style={{ flex: 1 }}>
          <TextInput defaultValue={priority.title} aria-label={t('priorities.name')} maxLength={300} onBlur={(e) => e.currentTarget.value !== priority.title && save({ title: e.currentTarget.value })} data-testid="priority-title" />
          <Textarea defaultValue={priority.description} placeholder={t('priorities.description')} aria-label={t('priorities.description')} autosize minRows={2} maxLength={10000} onBlur={(e) => e.currentTarget.value !== priority.description && save({ description: e.currentTarget.value })} />
          <MultiSelect data={areas} value={priority.indicatorIds} onChange={(v) => save({ indicatorIds: v })} placeholder={t('priorities.areas')} aria-label={t('priorities.areas')} searchable clearable />
        </Stack>
        <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => window.confirm(t('priorities.deleteConfirm')) && remove.mutate({ visitId, id: priority.id }, { onError: notifyError })}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Card>
  );
}
