import { useEffect, useState } from 'react';
import { Button, Card, Group, NumberInput, SimpleGrid, TextInput, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';

/** Interval, retention and place of snapshots (app-wide settings). */
export function SnapshotSettingsCard() {
  const { t } = useTranslation('safety');
  const settings = useApiQuery('settings.get', {});
  const update = useApiMutation('settings.update', { invalidates: ['settings.get', 'snapshots.list'] });
  const [form, setForm] = useState({ intervalMinutes: 10, keepAllHours: 24, keepDailyDays: 30, folder: '' });
  useEffect(() => {
    const s = settings.data?.snapshots;
    if (s) setForm({ intervalMinutes: s.intervalMinutes, keepAllHours: s.keepAllHours, keepDailyDays: s.keepDailyDays, folder: s.folder ?? '' });
  }, [settings.data]);
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  const save = () =>
    update.mutate(
      { snapshots: { ...form, folder: form.folder.trim() || null } },
      { onSuccess: () => notifySuccess(t('settings.saved')), onError: notifyError },
    );
  return (
    <Card withBorder padding="lg">
      <Group gap="sm" mb="md">
        <IconSettings size={18} />
        <Title order={4}>{t('settings.title')}</Title>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <NumberInput label={t('settings.interval')} description={t('settings.intervalHint')} min={1} max={240} value={form.intervalMinutes} onChange={(v) => setForm({ ...form, intervalMinutes: num(v) })} data-testid="setting-interval" />
        <NumberInput label={t('settings.keepAllHours')} description={t('settings.keepAllHint')} min={1} max={336} value={form.keepAllHours} onChange={(v) => setForm({ ...form, keepAllHours: num(v) })} />
        <NumberInput label={t('settings.keepDailyDays')} description={t('settings.keepDailyHint')} min={0} max={365} value={form.keepDailyDays} onChange={(v) => setForm({ ...form, keepDailyDays: num(v) })} />
      </SimpleGrid>
      <TextInput mt="md" label={t('settings.folder')} value={form.folder} onChange={(e) => setForm({ ...form, folder: e.currentTarget.value })} data-testid="setting-folder" />
      <Group justify="flex-end" mt="md">
        <Button variant="light" loading={update.isPending} onClick={save} data-testid="save-snapshot-settings">
          {t('common:actions.save')}
        </Button>
      </Group>
    </Card>
  );
}
