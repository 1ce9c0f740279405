import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Principle } from '../../../../shared/domain/strategy';
import { useApiMutation } from '../../api/api-context';
import { notifyError } from '../../app/notify';

/** Guiding principles: the four ICC ones to start with, each saved when its field loses focus. */
export function PrinciplesPanel({ visitId, principles }: { visitId: string; principles: Principle[] }) {
  const { t } = useTranslation('strategy');
  const inv = { invalidates: ['strategy.get' as const] };
  const update = useApiMutation('strategy.updatePrinciple', inv);
  const add = useApiMutation('strategy.addPrinciple', inv);
  const remove = useApiMutation('strategy.deletePrinciple', inv);
  const save = (p: Principle, patch: Partial<Principle>) => {
    const next = { title: patch.title ?? p.title, description: patch.description ?? p.description };
    if (!next.title.trim()) return;
    update.mutate({ visitId, id: p.id, principle: next }, { onError: notifyError });
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={4}>{t('strategyDoc:sections.principles')}</Title>
            <Text size="sm" c="dimmed">
              {t('principles.intro')}
            </Text>
          </div>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => add.mutate({ visitId, principle: { title: t('principles.name'), description: '' } }, { onError: notifyError })} data-testid="add-principle">
            {t('principles.add')}
          </Button>
        </Group>
        {principles.map((p) => (
          <Group key={p.id} align="flex-start" wrap="nowrap" data-testid="principle">
            <Stack gap={4} style={{ flex: 1 }}>
              <TextInput defaultValue={p.title} aria-label={t('principles.name')} fw={600} maxLength={300} onBlur={(e) => e.currentTarget.value !== p.title && save(p, { title: e.currentTarget.value })} />
              <Textarea defaultValue={p.description} aria-label={t('principles.description')} placeholder={t('principles.description')} autosize minRows={2} maxLength={5000} onBlur={(e) => e.currentTarget.value !== p.description && save(p, { description: e.currentTarget.value })} />
            </Stack>
            <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.delete')} onClick={() => window.confirm(t('principles.deleteConfirm')) && remove.mutate({ visitId, id: p.id }, { onError: notifyError })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
