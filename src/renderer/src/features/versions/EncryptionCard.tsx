import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';

/** Per-visit encryption: set, change or remove the passphrase. */
export function EncryptionCard({ visitId }: { visitId: string }) {
  const { t } = useTranslation('safety');
  const status = useApiQuery('safety.visitStatus', { visitId });
  const change = useApiMutation('visits.setPassphrase', { invalidates: ['safety.visitStatus', 'snapshots.list'] });
  const [mode, setMode] = useState<'set' | 'remove' | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const encrypted = status.data?.encrypted ?? false;
  const close = () => {
    setMode(null);
    setFirst('');
    setSecond('');
  };
  const tooShort = first.length > 0 && first.length < 8;
  const mismatch = second.length > 0 && first !== second;
  const submit = () =>
    change.mutate(
      { visitId, next: mode === 'remove' ? null : first },
      {
        onSuccess: () => {
          notifySuccess(t(mode === 'remove' ? 'encryption.removed' : 'encryption.saved'));
          close();
        },
        onError: notifyError,
      },
    );
  return (
    <Card withBorder padding="lg">
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" color={encrypted ? 'teal' : 'gray'}>
          {encrypted ? <IconLock size={18} /> : <IconLockOpen size={18} />}
        </ThemeIcon>
        <Title order={4}>{t('encryption.title')}</Title>
        {encrypted && (
          <Badge color="teal" variant="light" data-testid="encrypted-badge">
            {t('encryption.badge')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t(encrypted ? 'encryption.on' : 'encryption.off')}
      </Text>
      <Group>
        <Button variant="light" leftSection={<IconLock size={16} />} onClick={() => setMode('set')} data-testid="set-passphrase">
          {t(encrypted ? 'encryption.change' : 'encryption.set')}
        </Button>
        {encrypted && (
          <Button variant="subtle" color="red" onClick={() => setMode('remove')} data-testid="remove-passphrase">
            {t('encryption.remove')}
          </Button>
        )}
      </Group>

      <Modal opened={mode !== null} onClose={close} title={t(mode === 'remove' ? 'encryption.remove' : encrypted ? 'encryption.change' : 'encryption.set')} centered>
        <Stack>
          {mode === 'set' && (
            <>
              <Alert color="orange" icon={<IconAlertTriangle />}>
                <Text size="sm">{t('encryption.lostWarning')}</Text>
                {!encrypted && (
                  <Text size="sm" mt={6}>
                    {t('encryption.plainVersionsRemoved')}
                  </Text>
                )}
              </Alert>
              <PasswordInput label={t('encryption.passphrase')} value={first} onChange={(e) => setFirst(e.currentTarget.value)} error={tooShort ? t('encryption.tooShort') : undefined} data-testid="passphrase-1" autoFocus />
              <PasswordInput label={t('encryption.repeat')} value={second} onChange={(e) => setSecond(e.currentTarget.value)} error={mismatch ? t('encryption.mismatch') : undefined} data-testid="passphrase-2" />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color={mode === 'remove' ? 'red' : undefined}
              disabled={mode === 'set' && (first.length < 8 || first !== second)}
              loading={change.isPending}
              onClick={submit}
              data-testid="passphrase-confirm"
            >
              {t('common:actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
