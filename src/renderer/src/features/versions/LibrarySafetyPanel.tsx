import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloud, IconLock, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatBytes } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { formatWhen } from './VersionsPage';

function UnlockRow({ visitId, fileName }: { visitId: string; fileName: string }) {
  const { t } = useTranslation('safety');
  const [passphrase, setPassphrase] = useState('');
  const unlock = useApiMutation('visits.unlock', { invalidates: ['visits.list', 'safety.status'] });
  return (
    <Group align="flex-end" gap="xs" data-testid="locked-visit">
      <PasswordInput label={fileName} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} w={360} data-testid="unlock-passphrase" />
      <Button
        leftSection={<IconLock size={16} />}
        disabled={!passphrase}
        loading={unlock.isPending}
        onClick={() => unlock.mutate({ visitId, passphrase }, { onSuccess: () => notifySuccess(t('library.unlocked')), onError: notifyError })}
        data-testid="unlock-visit"
      >
        {t('library.unlock')}
      </Button>
    </Group>
  );
}

/** File-safety notices on the visit list: cloud-sync folder, encrypted visits to unlock, damaged visits to recover. */
export function LibrarySafetyPanel() {
  const { t, i18n } = useTranslation('safety');
  const status = useApiQuery('safety.status', {});
  const restore = useApiMutation('snapshots.restore', { invalidates: ['visits.list', 'safety.status'] });
  const removeOrphans = useApiMutation('snapshots.deleteAll', { invalidates: ['safety.status'] });
  const [confirmOrphan, setConfirmOrphan] = useState<string | null>(null);
  if (!status.data) return null;
  const s = status.data;
  const lang = i18n.language;
  return (
    <Stack gap="sm">
      {s.cloudSync && (
        <Alert color="orange" icon={<IconCloud />} title={t('library.cloudTitle', { service: s.cloudSync.service })} data-testid="cloud-sync-warning">
          <Text size="sm">{t('library.cloudBody', { service: s.cloudSync.service, path: s.cloudSync.path })}</Text>
        </Alert>
      )}
      {s.lockedVisits.length > 0 && (
        <Alert color="blue" icon={<IconLock />} title={t('library.lockedTitle')}>
          <Text size="sm" mb="xs">
            {t('library.lockedBody')}
          </Text>
          {s.lockedVisits.map((l) => (
            <UnlockRow key={l.visitId} visitId={l.visitId} fileName={l.fileName} />
          ))}
        </Alert>
      )}
      {s.recoverable.map((r) => (
        <Alert key={r.visitId} color="red" icon={<IconAlertTriangle />} title={t('library.recoverTitle')} data-testid="recoverable-visit">
          <Text size="sm" mb="xs">
            {t('library.recoverBody', { fileName: r.fileName, problem: r.problem, date: formatWhen(r.latest.createdAt, lang) })}
          </Text>
          <Button
            size="xs"
            leftSection={<IconRestore size={14} />}
            loading={restore.isPending}
            onClick={() => restore.mutate({ visitId: r.visitId, snapshotId: r.latest.id }, { onSuccess: () => notifySuccess(t('library.recovered')), onError: notifyError })}
            data-testid="recover-visit"
          >
            {t('library.recover')}
          </Button>
        </Alert>
      ))}
      {s.snapshotWarnings.map((w) => (
        <Alert key={w.visitId} color="orange" icon={<IconAlertTriangle />} title={t('library.snapshotWarningTitle')}>
          <Text size="sm">{w.message}</Text>
        </Alert>
      ))}
      {s.orphanSnapshots.map((o) => (
        <Alert key={o.visitId} color="gray" icon={<IconTrash />} title={t('library.orphanTitle')} data-testid="orphan-snapshots">
          <Text size="sm" mb="xs">
            {t('library.orphanBody', { count: o.count, size: formatBytes(o.sizeBytes, lang), title: o.title ?? '…', date: formatWhen(o.latest.createdAt, lang) })}
          </Text>
          {confirmOrphan === o.visitId ? (
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('library.orphanConfirm')}
              </Text>
              <Button size="xs" color="red" loading={removeOrphans.isPending} onClick={() => removeOrphans.mutate({ visitId: o.visitId, confirm: true }, { onSuccess: () => notifySuccess(t('library.orphanDeleted')), onError: notifyError })} data-testid="orphan-confirm">
                {t('common:actions.delete')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirmOrphan(null)}>
                {t('common:actions.cancel')}
              </Button>
            </Group>
          ) : (
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={14} />}
                loading={restore.isPending}
                onClick={() => restore.mutate({ visitId: o.visitId, snapshotId: o.latest.id }, { onSuccess: () => notifySuccess(t('library.orphanRestored')), onError: notifyError })}
                data-testid="orphan-restore"
              >
                {t('library.orphanRestore')}
              </Button>
              <Button size="xs" variant="light" color="red" onClick={() => setConfirmOrphan(o.visitId)} data-testid="orphan-delete">
                {t('library.orphanDelete')}
              </Button>
            </Group>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
