/** Import stakeholders: the file is parsed on the main side; we show one page of rows and every error line. */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/domain/stakeholder-io';
import { categoryLabel } from '../../../../shared/domain/stakeholders';
import { call, useTransport } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';
import { langOf } from './options';

export function ImportModal({ visitId, opened, onClose, onImported }: { visitId: string; opened: boolean; onClose(): void; onImported(): void }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const transport = useTransport();
  const [token, setToken] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => (setToken(null), setPreview(null), setError(null), onClose());
  const choose = async () => {
    setError(null);
    const picked = await transport.pickFile({ extensions: ['csv', 'xlsx', 'txt', 'tsv'], filterName: 'CSV / Excel' });
    if (!picked) return;
    setBusy(true);
    try {
      setToken(picked.fileToken);
      setPreview(await call(transport, 'stakeholders.importPreview', { visitId, fileToken: picked.fileToken, offset: 0, limit: 100 }));
    } catch (e) {
      setPreview(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!token) return;
    setBusy(true);
    try {
      const result = await call(transport, 'stakeholders.importCommit', { visitId, fileToken: token });
      notifySuccess(t('import.done', { count: result.imported }));
      onImported();
      close();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('import.title')} size="xl">
      <Stack>
        <Button variant="default" onClick={() => void choose()} loading={busy && !preview} data-testid="import-choose">{t('import.choose')}</Button>
        {error && <Alert color="red" data-testid="import-error">{error}</Alert>}
        {preview && (
          <>
            <Text data-testid="import-summary">{t('import.preview', { valid: preview.validRows, total: preview.totalRows })}</Text>
            {preview.unknownColumns.length > 0 && <Text size="sm" c="dimmed">{t('import.unknownColumns', { columns: preview.unknownColumns.join(', ') })}</Text>}
            {preview.errorCount > 0 && (
              <Alert color="orange" title={t('import.errors', { count: preview.errorCount })} data-testid="import-row-errors">
                <ScrollArea.Autosize mah={140}>
                  {preview.errors.map((e) => <Text size="sm" key={e.line}>{t('import.line', { line: e.line })}: {e.message}</Text>)}
                </ScrollArea.Autosize>
              </Alert>
            )}
            <ScrollArea.Autosize mah={300}>
              <Table fz="sm" striped>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td c="dimmed">{r.line}</Table.Td>
                      <Table.Td dir="auto" fw={600}>{r.data.name} {r.duplicate && <Badge size="xs" color="yellow">{t('import.duplicate')}</Badge>}</Table.Td>
                      <Table.Td>{categoryLabel(r.data.category, l)}</Table.Td>
                      <Table.Td>{r.data.influence}/{r.data.interest}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {preview.validRows > preview.rows.length && <Text size="xs" c="dimmed">{t('import.more', { count: preview.rows.length })}</Text>}
            <Group justify="flex-end">
              <Button onClick={() => void commit()} disabled={preview.validRows === 0} loading={busy} data-testid="import-commit">{t('import.commit', { count: preview.validRows })}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
