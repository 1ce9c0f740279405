import { useState } from 'react';
import { Alert, Badge, Button, Center, Code, Group, Loader, Modal, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCamera, IconHistory, IconRestore, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { SnapshotInfo } from '../../../../shared/domain/safety';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatBytes } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { EncryptionCard } from './EncryptionCard';
import { ExportCard } from './ExportCard';
import { SnapshotSettingsCard } from './SnapshotSettingsCard';
import { PageHeader } from '../../components/PageHeader';

export const formatWhen = (iso: string, lang: string) =>
  dayjs(iso)
    .locale(lang)
    .format(lang === 'fr' ? 'D MMM YYYY, HH:mm:ss' : 'D MMM YYYY, HH:mm:ss');

/** Versions of the open visit: the snapshots with date and size, restore, export and the file's protection. */
export function VersionsPage() {
  const visitId = useVisitId();
  const { t, i18n } = useTranslation('safety');
  const client = useQueryClient();
  const listing = useApiQuery('snapshots.list', { visitId });
  const snapshotNow = useApiMutation('snapshots.create', { invalidates: ['snapshots.list'] });
  const restore = useApiMutation('snapshots.restore');
  const [toRestore, setToRestore] = useState<SnapshotInfo | null>(null);
  const [confirmDeleteAll, setConfirmDeleteAll] = useState(false);
  const deleteAll = useApiMutation('snapshots.deleteAll', { invalidates: ['snapshots.list'] });
  const lang = i18n.language;

  const doRestore = () =>
    toRestore &&
    restore.mutate(
      { visitId, snapshotId: toRestore.id },
      {
        onSuccess: async () => {
          notifySuccess(t('restored', { date: formatWhen(toRestore.createdAt, lang) }));
          setToRestore(null);
          // Everything in the visit may have changed.
          await client.invalidateQueries();
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="lg" maw={1200} mx="auto">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button
            leftSection={<IconCamera size={18} />}
            loading={snapshotNow.isPending}
            onClick={() => snapshotNow.mutate({ visitId }, { onSuccess: () => notifySuccess(t('snapshotTaken')), onError: notifyError })}
            data-testid="snapshot-now"
          >
            {t('snapshotNow')}
          </Button>
        }
      />

      {listing.data?.warning && (
        <Alert color="orange" icon={<IconAlertTriangle />} title={t('warningTitle')} data-testid="snapshot-warning">
          {listing.data.warning}
        </Alert>
      )}

      <Paper withBorder>
        {listing.isPending ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : listing.isError ? (
          <Alert color="red">{listing.error.message}</Alert>
        ) : listing.data.snapshots.length === 0 ? (
          <Stack align="center" p="xl" gap="xs" data-testid="versions-empty">
            <IconHistory size={40} opacity={0.4} />
            <Text c="dimmed" ta="center" maw={520}>
              {t('empty')}
            </Text>
          </Stack>
        ) : (
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="versions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.date')}</Table.Th>
                <Table.Th>{t('columns.reason')}</Table.Th>
                <Table.Th ta="right">{t('columns.size')}</Table.Th>
                <Table.Th w={140} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {listing.data.snapshots.map((s) => (
                <Table.Tr key={s.id} data-testid="version-row">
                  <Table.Td>
                    <Text fw={500}>{formatWhen(s.createdAt, lang)}</Text>
                    <Text size="xs" c="dimmed">
                      {dayjs(s.createdAt).locale(lang).fromNow()}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.reason === 'before-restore' ? 'orange' : s.reason === 'manual' ? 'blue' : 'gray'}>
                      {t(`reasons.${s.reason}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{formatBytes(s.sizeBytes, lang)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      onClick={() => setToRestore(s)}
                      data-testid="version-restore"
                    >
                      {t('restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {listing.data && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('folder')}: <Code>{listing.data.folder}</Code>
          </Text>
          {listing.data.snapshots.length > 0 && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => setConfirmDeleteAll(true)}
              data-testid="versions-delete-all"
            >
              {t('deleteAll')}
            </Button>
          )}
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ExportCard visitId={visitId} />
        <EncryptionCard visitId={visitId} />
      </SimpleGrid>
      <SnapshotSettingsCard />

      <Modal opened={confirmDeleteAll} onClose={() => setConfirmDeleteAll(false)} title={t('deleteAll')} centered>
        <Stack>
          <Text size="sm">{t('deleteAllBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDeleteAll(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={deleteAll.isPending}
              onClick={() =>
                deleteAll.mutate(
                  { visitId, confirm: true },
                  {
                    onSuccess: () => {
                      setConfirmDeleteAll(false);
                      notifySuccess(t('deletedAll'));
                    },
                    onError: notifyError,
                  },
                )
              }
              data-testid="versions-delete-all-confirm"
            >
              {t('common:actions.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={toRestore !== null} onClose={() => setToRestore(null)} title={t('restoreTitle')} centered>
        <Stack>
          <Text size="sm">{toRestore && t('restoreBody', { date: formatWhen(toRestore.createdAt, lang) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRestore(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button leftSection={<IconRestore size={16} />} loading={restore.isPending} onClick={doRestore} data-testid="restore-confirm">
              {t('restore')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
