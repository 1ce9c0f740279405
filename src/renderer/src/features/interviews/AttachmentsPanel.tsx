import { ActionIcon, Button, Card, Group, Image, SimpleGrid, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconDownload, IconFileText, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { ATTACHMENT_EXTENSIONS } from '../../../../shared/domain/interviews';
import { call, useApiMutation, useApiQuery, useTransport } from '../../api/api-context';
import { formatBytes } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { useOptions } from './options';

/** Photos of flipcharts and documents handed over in the meeting, kept inside the visit file. */
export function AttachmentsPanel({ visitId, meetingId }: { visitId: string; meetingId: string }) {
  const o = useOptions();
  const transport = useTransport();
  const list = useApiQuery('interviews.attachments', { visitId, meetingId });
  const add = useApiMutation('interviews.addAttachment', { invalidates: ['interviews.attachments'] });
  const remove = useApiMutation('interviews.deleteAttachment', { invalidates: ['interviews.attachments'] });

  const pick = async () => {
    try {
      const file = await transport.pickFile({ extensions: ATTACHMENT_EXTENSIONS, filterName: o.t('notes.attachments') });
      if (!file) return;
      add.mutate({ visitId, meetingId, fileToken: file.fileToken }, { onSuccess: () => notifySuccess(o.t('notes.attachmentAdded')), onError: notifyError });
    } catch (error) {
      notifyError(error);
    }
  };
  const open = async (attachmentId: string, fileName: string) => {
    try {
      const file = await call(transport, 'interviews.openAttachment', { visitId, attachmentId });
      await transport.saveFile(file.fileToken, fileName);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap="xs" mt="md">
      <Group justify="space-between">
        <Text fw={600}>{o.t('notes.attachments')}</Text>
        <Button size="xs" variant="light" leftSection={<IconPaperclip size={14} />} onClick={() => void pick()} loading={add.isPending} data-testid="add-attachment">
          {o.t('notes.addAttachment')}
        </Button>
      </Group>
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {o.t('notes.noAttachments')}
        </Text>
      )}
      <SimpleGrid cols={2} spacing="xs">
        {list.data?.map((a) => (
          <Card key={a.id} withBorder p="xs" data-testid="attachment">
            <Card.Section>
              {a.thumbnail ? (
                <Image src={a.thumbnail} alt={a.fileName} h={100} fit="cover" />
              ) : (
                <Group h={100} justify="center">
                  <ThemeIcon size={48} variant="light" color="gray">
                    <IconFileText size={28} />
                  </ThemeIcon>
                </Group>
              )}
            </Card.Section>
            <Text size="xs" fw={500} mt={6} lineClamp={1} title={a.fileName}>
              {a.fileName}
            </Text>
            <Group justify="space-between" gap={4}>
              <Text size="xs" c="dimmed">
                {formatBytes(a.size, o.lang)}
              </Text>
              <Group gap={2}>
                <Tooltip label={o.t('common:actions.open')}>
                  <ActionIcon size="sm" variant="subtle" aria-label={o.t('common:actions.open')} onClick={() => void open(a.id, a.fileName)}>
                    <IconDownload size={14} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={o.t('common:actions.delete')}>
                  <ActionIcon size="sm" variant="subtle" color="red" aria-label={o.t('common:actions.delete')} onClick={() => remove.mutate({ visitId, attachmentId: a.id }, { onError: notifyError })}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
