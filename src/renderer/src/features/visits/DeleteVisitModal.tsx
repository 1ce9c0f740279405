import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../../shared/domain/visit';
import { useApiMutation } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';

/** Deleting erases the file; the user types the visit's name to confirm, as for any irreversible action. */
export function DeleteVisitModal({ visit, onClose, onDeleted }: { visit: VisitSummary | null; onClose(): void; onDeleted?(): void }) {
  const { t } = useTranslation('visits');
  const [typed, setTyped] = useState('');
  const remove = useApiMutation('visits.delete', { invalidates: ['visits.list'] });
  const title = visit?.profile.title ?? '';
  const close = () => {
    setTyped('');
    onClose();
  };
  return (
    <Modal opened={visit !== null} onClose={close} title={t('deleteTitle')} centered>
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle />}>
          <Text size="sm">{t('deleteBody', { title })}</Text>
        </Alert>
        <TextInput label={t('deleteTypeToConfirm')} placeholder={title} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} data-testid="delete-confirm-input" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            disabled={typed.trim() !== title.trim()}
            loading={remove.isPending}
            data-testid="delete-confirm"
            onClick={() =>
              visit &&
              remove.mutate(
                { visitId: visit.id, confirmTitle: typed },
                {
                  onSuccess: () => {
                    notifySuccess(t('deleted', { title }));
                    close();
                    onDeleted?.();
                  },
                  onError: notifyError,
                },
              )
            }
          >
            {t('common:actions.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
