import { Button, Card, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useTransport } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';

/** "Export visit": one .iccvisit file, saved by the native dialog (Electron) or as a download (browser). */
export function ExportCard({ visitId }: { visitId: string }) {
  const { t } = useTranslation('safety');
  const transport = useTransport();
  const exportVisit = useApiMutation('visits.export');
  const run = () =>
    exportVisit.mutate(
      { visitId },
      {
        onSuccess: async (file) => {
          try {
            const { saved } = await transport.saveFile(file.fileToken, file.fileName);
            if (saved) notifySuccess(t('export.done'));
          } catch (error) {
            notifyError(error);
          }
        },
        onError: notifyError,
      },
    );
  return (
    <Card withBorder padding="lg">
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light">
          <IconFileExport size={18} />
        </ThemeIcon>
        <Title order={4}>{t('export.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('export.body')}
      </Text>
      <Group>
        <Button leftSection={<IconFileExport size={18} />} loading={exportVisit.isPending} onClick={run} data-testid="export-visit">
          {t('export.button')}
        </Button>
      </Group>
    </Card>
  );
}
