import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconDownload, IconFileTypeDocx, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { strategySectionIds, type StrategySectionId } from '../../../../shared/contract/exports';
import type { ProducedFile } from '../../../../shared/contract/common';
import { ApiCallError, call, useTransport } from '../../api/api-context';
import { notifications } from '@mantine/notifications';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { PageHeader } from '../../components/PageHeader';

type Kind = 'strategy' | 'findings' | 'agenda';
const METHOD = { strategy: 'exports.strategyDocx', findings: 'exports.findingsDocx', agenda: 'exports.agendaDocx' } as const;

/**
 * Word exports with their options. The export runs in the main process's worker thread; this page polls
 * its progress and can cancel it. The file is then handed over by a save dialog (Electron) or a download.
 */
export function ExportPage() {
  const visitId = useVisitId();
  const { t, i18n } = useTranslation('strategy');
  const transport = useTransport();
  const [kind, setKind] = useState<Kind>('strategy');
  const [lang, setLang] = useState<'en' | 'fr'>(i18n.language === 'fr' ? 'fr' : 'en');
  const [anonymise, setAnonymise] = useState(false);
  const [sections, setSections] = useState<StrategySectionId[]>([...strategySectionIds]);
  const [job, setJob] = useState<{ id: string; stage: string; fraction: number } | null>(null);
  const [last, setLast] = useState<ProducedFile | null>(null);
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => void (poll.current && clearInterval(poll.current)), []);
  // Warm the Word builder while the user picks options; a failure here only loses the head start.
  useEffect(() => void call(transport, 'exports.prepare', {}).catch(() => undefined), [transport]);

  const run = async () => {
    const jobId = `job_${crypto.randomUUID().replace(/-/g, '')}`;
    setJob({ id: jobId, stage: 'collect', fraction: 0.02 });
    setLast(null);
    poll.current = setInterval(() => {
      void call(transport, 'exports.progress', { jobId }).then(
        (p) =>
          !p.finished && setJob((j) => (j && j.id === jobId ? { ...j, stage: p.stage, fraction: Math.max(j.fraction, p.fraction) } : j)),
      );
    }, 300);
    try {
      const input = { visitId, lang, anonymise, jobId, ...(kind === 'strategy' ? { sections } : {}) };
      const file = await call(transport, METHOD[kind], input as never);
      setLast(file);
      await transport.saveFile(file.fileToken, file.fileName);
      notifySuccess(t('export.done', { name: file.fileName }));
    } catch (error) {
      if (error instanceof ApiCallError && error.apiError.code === 'cancelled')
        notifications.show({ color: 'gray', message: t('export.cancelled'), autoClose: 4000 });
      else notifyError(error);
    } finally {
      if (poll.current) clearInterval(poll.current);
      poll.current = null;
      setJob(null);
    }
  };
  const cancel = () => job && void call(transport, 'exports.cancel', { jobId: job.id });

  return (
    <Stack gap="md" maw={900} mx="auto" data-testid="export-page">
      <PageHeader title={t('export.title')} subtitle={t('export.subtitle')} />
      <Paper withBorder p="md">
        <Stack gap="lg">
          <div>
            <Text fw={600} size="sm" mb={4}>
              {t('export.document')}
            </Text>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              data={(['strategy', 'findings', 'agenda'] as const).map((k) => ({ value: k, label: t(`export.documents.${k}`) }))}
              data-testid="export-kind"
              disabled={!!job}
            />
          </div>
          <div>
            <Text fw={600} size="sm" mb={4}>
              {t('export.language')}
            </Text>
            <SegmentedControl
              value={lang}
              onChange={(v) => setLang(v as 'en' | 'fr')}
              data={[
                { value: 'en', label: 'English' },
                { value: 'fr', label: 'Français' },
              ]}
              data-testid="export-lang"
              disabled={!!job}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t('export.languageHint')}
            </Text>
          </div>
          <Switch
            label={t('export.anonymise')}
            description={t('export.anonymiseHint')}
            checked={anonymise}
            onChange={(e) => setAnonymise(e.currentTarget.checked)}
            data-testid="export-anonymise"
            disabled={!!job}
          />
          {kind === 'strategy' && (
            <div>
              <Group justify="space-between" mb={6}>
                <Text fw={600} size="sm">
                  {t('export.sections')}
                </Text>
                <Group gap="xs">
                  <Button size="compact-xs" variant="subtle" onClick={() => setSections([...strategySectionIds])}>
                    {t('export.all')}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setSections([])}>
                    {t('export.none')}
                  </Button>
                </Group>
              </Group>
              <Checkbox.Group value={sections} onChange={(v) => setSections(strategySectionIds.filter((s) => v.includes(s)))}>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
                  {strategySectionIds.map((s) => (
                    <Checkbox key={s} value={s} label={t(`strategyDoc:sections.${s}`)} disabled={!!job} data-testid={`section-${s}`} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </div>
          )}
          {job ? (
            <Stack gap={6} data-testid="export-progress">
              <Group justify="space-between">
                <Text size="sm">{t(`export.stages.${job.stage}`, { defaultValue: t('export.stages.unknown') })}</Text>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  leftSection={<IconX size={14} />}
                  onClick={cancel}
                  data-testid="export-cancel"
                >
                  {t('export.cancel')}
                </Button>
              </Group>
              <Progress value={Math.round(job.fraction * 100)} animated />
            </Stack>
          ) : (
            <Group>
              <Button size="md" leftSection={<IconFileTypeDocx size={18} />} onClick={() => void run()} data-testid="export-start">
                {t('export.start')}
              </Button>
              {last && (
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => void transport.saveFile(last.fileToken, last.fileName)}
                  data-testid="export-save-again"
                >
                  {t('export.saveAgain')}
                </Button>
              )}
            </Group>
          )}
          {last && (
            <Alert color="teal" data-testid="export-done">
              {t('export.done', { name: last.fileName })}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
