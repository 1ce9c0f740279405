import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Menu, Paper, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconChartBar, IconDots, IconDownload, IconEdit, IconFileImport, IconKeyboard, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, useApiQuery, useTransport } from '../../api/api-context';
import { useQueryClient } from '@tanstack/react-query';
import { emptyDraft, type IndexReportDraft, type IndexReportSummary } from '../../../../shared/domain/index-report';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { Dashboard } from './Dashboard';
import { ReviewScreen } from './ReviewScreen';
import { PageHeader } from '../../components/PageHeader';

interface Review {
  draft: IndexReportDraft;
  pdfBase64: string | null;
  fileToken: string | null;
  mode: 'new' | 'edit';
  reportId?: string;
}

/** The visit's Index page: the report list, import and review, and the dashboard of the chosen report. */
export function IndexPage() {
  const visitId = useVisitId();
  const { t, i18n } = useTranslation('indexReports');
  const transport = useTransport();
  const client = useQueryClient();
  const list = useApiQuery('indexReports.list', { visitId });
  const visit = useApiQuery('visits.get', { visitId });
  const [selected, setSelected] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  const [saving, setSaving] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const reports = list.data ?? [];
  const current = reports.find((r) => r.id === selected) ?? reports[0] ?? null;
  const previousSummary = current ? (reports.slice(reports.indexOf(current) + 1).find((r) => r.reportDate) ?? null) : null;
  const report = useApiQuery('indexReports.get', { visitId, reportId: current?.id ?? 'none' }, { enabled: !!current });
  const previous = useApiQuery('indexReports.get', { visitId, reportId: previousSummary?.id ?? 'none' }, { enabled: !!previousSummary });

  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['indexReports.list'] }),
      client.invalidateQueries({ queryKey: ['indexReports.get'] }),
    ]);

  async function importFile() {
    setImportError(null);
    let picked;
    try {
      picked = await transport.pickFile({ extensions: ['pdf', 'json', 'csv'], filterName: t('pickFilter') });
    } catch (e) {
      setImportError(e instanceof Error ? e.message : t('errors.pickFailed'));
      return;
    }
    if (!picked) return;
    setBusy(true);
    try {
      const { draft, kind } = await call(transport, 'indexReports.parseFile', { fileToken: picked.fileToken });
      const pdf = kind === 'pdf' ? await call(transport, 'indexReports.filePdf', { fileToken: picked.fileToken }) : null;
      setReview({ draft, pdfBase64: pdf?.base64 ?? null, fileToken: picked.fileToken, mode: 'new' });
    } catch (e) {
      setImportError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function editCurrent() {
    if (!current || !report.data) return;
    try {
      const pdf = await call(transport, 'indexReports.sourcePdf', { visitId, reportId: current.id });
      setReview({ draft: report.data, pdfBase64: pdf?.base64 ?? null, fileToken: null, mode: 'edit', reportId: current.id });
    } catch (e) {
      notifyError(e);
    }
  }

  async function confirm(draft: IndexReportDraft) {
    if (!review) return;
    setSaving(true);
    try {
      const saved =
        review.mode === 'edit' && review.reportId
          ? await call(transport, 'indexReports.update', { visitId, reportId: review.reportId, draft })
          : await call(transport, 'indexReports.save', { visitId, draft, fileToken: review.fileToken });
      await refresh();
      setSelected(saved.id);
      setReview(null);
      notifySuccess(t('saved'));
    } catch (e) {
      notifyError(e);
    } finally {
      setSaving(false);
    }
  }

  async function exportAs(format: 'json' | 'csv') {
    if (!current) return;
    try {
      const file = await call(transport, 'indexReports.export', { visitId, reportId: current.id, format });
      await transport.saveFile(file.fileToken, file.fileName);
    } catch (e) {
      notifyError(e);
    }
  }

  function remove(r: IndexReportSummary) {
    modals.openConfirmModal({
      title: t('deleteReport'),
      children: <Text>{t('deleteConfirm', { year: r.reportDate?.slice(0, 4) ?? '', city: r.city })}</Text>,
      labels: { confirm: t('common:actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'confirm-delete-report' },
      onConfirm: async () => {
        try {
          await call(transport, 'indexReports.delete', { visitId, reportId: r.id });
          setSelected(null);
          await refresh();
          notifySuccess(t('deleted'));
        } catch (e) {
          notifyError(e);
        }
      },
    });
  }

  if (review)
    return (
      <ReviewScreen
        key={review.reportId ?? review.fileToken ?? 'manual'}
        initial={review.draft}
        pdfBase64={review.pdfBase64}
        mode={review.mode}
        saving={saving}
        onConfirm={(d) => void confirm(d)}
        onCancel={() => setReview(null)}
      />
    );

  const label = (r: IndexReportSummary) =>
    t('reportLabel', { year: r.reportDate?.slice(0, 4) ?? '—', generation: t(`generationShort.${r.generation}`) });
  const actions = (
    <Group>
      <Button leftSection={<IconFileImport size={18} />} onClick={() => void importFile()} loading={busy} data-testid="index-import">
        {t('importFile')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconKeyboard size={18} />}
        data-testid="index-manual"
        onClick={() =>
          setReview({ draft: emptyDraft('v2', visit.data?.profile.city ?? ''), pdfBase64: null, fileToken: null, mode: 'new' })
        }
      >
        {t('enterByHand')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="lg" maw={1500} mx="auto" data-testid="index-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={actions} />
      {busy && (
        <Alert color="blue" icon={<Loader size="sm" />} data-testid="index-reading">
          {t('reading')}
        </Alert>
      )}
      {importError && (
        <Alert
          color="red"
          title={t('errors.pickFailed')}
          withCloseButton
          onClose={() => setImportError(null)}
          data-testid="index-import-error"
        >
          {importError}
        </Alert>
      )}
      {list.isPending ? (
        <Center py={80}>
          <Loader />
        </Center>
      ) : reports.length === 0 ? (
        <Center py={60}>
          <Paper withBorder p="xl" maw={620} data-testid="index-empty">
            <Stack align="center" gap="sm">
              <ThemeIcon size={56} radius="xl" variant="light">
                <IconChartBar size={30} />
              </ThemeIcon>
              <Title order={3}>{t('emptyTitle')}</Title>
              <Text c="dimmed" ta="center">
                {t('emptyBody')}
              </Text>
            </Stack>
          </Paper>
        </Center>
      ) : (
        <>
          <Group justify="space-between">
            <SegmentedControl
              size="md"
              value={current?.id ?? ''}
              onChange={setSelected}
              data={reports.map((r) => ({ value: r.id, label: label(r) }))}
              data-testid="report-switch"
            />
            {current && (
              <Group gap="xs">
                <Text c="dimmed" size="sm">
                  {t(`source.${current.source.kind}`)}
                  {current.source.fileName ? ` · ${current.source.fileName}` : ''}
                </Text>
                <Button variant="light" leftSection={<IconEdit size={16} />} onClick={() => void editCurrent()} data-testid="index-edit">
                  {t('editReport')}
                </Button>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button variant="default" px="xs" aria-label="more" data-testid="index-more">
                      <IconDots size={18} />
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void exportAs('json')}>
                      {t('exportJson')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void exportAs('csv')}>
                      {t('exportCsv')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => remove(current)} data-testid="index-delete">
                      {t('deleteReport')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            )}
          </Group>
          {report.data ? (
            <Dashboard key={`${report.data.id}-${i18n.language}`} report={report.data} previous={previous.data ?? null} />
          ) : (
            <Loader />
          )}
        </>
      )}
    </Stack>
  );
}
