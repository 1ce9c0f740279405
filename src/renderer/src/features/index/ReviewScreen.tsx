import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Grid, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyDraft, type IndexReportDraft, type Ranking, type ReportWarning } from '../../../../shared/domain/index-report';
import { refreshWarnings } from '../../../../shared/domain/index-report-checks';
import { indicatorName } from '../../../../shared/domain/indicators';
import { PdfPage } from './PdfPage';

const num = (v: string | number): number | null => (v === '' || v === null || Number.isNaN(Number(v)) ? null : Number(v));

function Flag({ warnings }: { warnings: ReportWarning[] }) {
  const { t } = useTranslation('indexReports');
  if (!warnings.length) return null;
  return (
    <Tooltip multiline w={280} label={warnings.map((w) => t(`warnings.${w.code}`, { defaultValue: w.message })).join(' ')}>
      <IconAlertTriangle size={20} color="var(--mantine-color-orange-6)" data-testid="value-flag" aria-label={warnings[0]!.message} />
    </Tooltip>
  );
}

/**
 * The review screen: every value with the sentence it came from and its flags, editable, with the
 * report's page beside it. Nothing is saved until the user confirms.
 */
export function ReviewScreen(props: {
  initial: IndexReportDraft;
  pdfBase64: string | null;
  mode: 'new' | 'edit';
  saving: boolean;
  onConfirm: (draft: IndexReportDraft) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('indexReports');
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const [draft, setDraft] = useState<IndexReportDraft>(props.initial);
  const [page, setPage] = useState<number>(props.initial.evidence.aggregate?.page ?? props.initial.indicators.find((v) => v.page)?.page ?? 1);
  const warnings = useMemo(() => refreshWarnings(draft), [draft]);
  const [focus, setFocus] = useState<{ title: string; page: number | null; text: string; value: number | null } | null>(null);
  const show = (title: string, at: number | null, text: string, value: number | null = null) => {
    setFocus({ title, page: at, text, value });
    if (at) setPage(at);
  };
  const flagsFor = (field: string) => warnings.filter((w) => w.field === field);
  const update = (patch: Partial<IndexReportDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setValue = (id: string, key: 'city' | 'sample', value: number | null) => setDraft((d) => ({ ...d, indicators: d.indicators.map((v) => (v.id === id ? { ...v, [key]: value } : v)) }));
  const setRanking = (i: number, patch: Partial<Ranking>) => setDraft((d) => ({ ...d, rankings: d.rankings.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const manual = draft.source.kind === 'manual' && props.mode === 'new';

  const fieldLabel = (field: string) =>
    field.startsWith('indicator:')
      ? indicatorName(field.slice(10), lang)
      : field.startsWith('ranking:')
        ? t(`groups.${field.slice(8)}`)
        : ({ city: t('review.city'), reportDate: t('review.reportDate').replace(/\s*\(.*\)$/, ''), sampleSize: t('review.sampleSize'), aggregate: t('review.aggregate') } as Record<string, string>)[field] ?? field;
  const metaFlag = (field: string) => <Flag warnings={flagsFor(field)} />;
  const general = warnings.filter((w) => w.field === null);

  return (
    <Stack gap="md" data-testid="review-screen">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{props.mode === 'new' ? t('review.titleNew') : t('review.titleEdit')}</Title>
          <Text c="dimmed" maw={760}>
            {t('review.intro')}
          </Text>
        </div>
        <Group>
          <Badge size="lg" color={warnings.length ? 'orange' : 'teal'} variant="light" data-testid="flag-count">
            {warnings.length ? t('review.flagged', { count: warnings.length }) : t('review.allClear')}
          </Badge>
          <Button variant="default" onClick={props.onCancel} data-testid="review-cancel">
            {t('review.cancel')}
          </Button>
          <Button leftSection={<IconCheck size={18} />} loading={props.saving} onClick={() => props.onConfirm({ ...draft, warnings })} data-testid="review-confirm">
            {t('review.confirm')}
          </Button>
        </Group>
      </Group>
      {warnings.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle />} data-testid="review-flags">
          <Stack gap={2}>
            {general.map((w) => (
              <Text key={w.code} size="sm">
                {t(`warnings.${w.code}`, { defaultValue: w.message })}
              </Text>
            ))}
            {warnings
              .filter((w) => w.field !== null)
              .map((w, i) => (
                <Text key={`${w.field}-${w.code}-${i}`} size="sm">
                  <b>{fieldLabel(w.field!)}</b> — {t(`warnings.${w.code}`, { defaultValue: w.message })}
                </Text>
              ))}
          </Stack>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: props.pdfBase64 ? 7 : 12 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Title order={4} mb="sm">
                {t('review.report')}
              </Title>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label={t('review.city')} value={draft.city} onChange={(e) => update({ city: e.currentTarget.value })} rightSection={metaFlag('city')} data-testid="field-report-city" onFocus={() => draft.evidence.city?.page && setPage(draft.evidence.city.page)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label={t('review.reportDate')} value={draft.reportDate ?? ''} onChange={(e) => update({ reportDate: e.currentTarget.value.trim() || null })} rightSection={metaFlag('reportDate')} data-testid="field-report-date" error={draft.reportDate && !/^\d{4}-\d{2}(-\d{2})?$/.test(draft.reportDate) ? t('review.reportDate') : undefined} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <Select label={t('review.qualifier')} value={draft.sampleSizeQualifier} allowDeselect={false} onChange={(v) => update({ sampleSizeQualifier: v === 'more_than' ? 'more_than' : 'exact' })} data={[{ value: 'exact', label: t('review.exact') }, { value: 'more_than', label: t('review.moreThan') }]} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <NumberInput label={t('review.sampleSize')} value={draft.sampleSize ?? ''} min={1} onChange={(v) => update({ sampleSize: num(v) })} rightSection={metaFlag('sampleSize')} data-testid="field-sample-size" />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <NumberInput label={`${t('review.aggregate')} · ${t('review.cityRate')}`} value={draft.aggregate.city ?? ''} onChange={(v) => update({ aggregate: { ...draft.aggregate, city: num(v) } })} rightSection={metaFlag('aggregate')} data-testid="field-aggregate-city" />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <NumberInput label={`${t('review.aggregate')} · ${t('review.sampleRate')}`} value={draft.aggregate.sample ?? ''} onChange={(v) => update({ aggregate: { ...draft.aggregate, sample: num(v) } })} data-testid="field-aggregate-sample" />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select label={t('review.unit')} value={draft.unit} allowDeselect={false} onChange={(v) => update({ unit: v === 'points_of_100' ? 'points_of_100' : 'percent' })} data={[{ value: 'percent', label: t('review.percent') }, { value: 'points_of_100', label: t('review.points') }]} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={t('review.generation')}
                    value={draft.generation}
                    disabled={!manual}
                    allowDeselect={false}
                    data-testid="field-generation"
                    onChange={(v) => v && v !== draft.generation && setDraft({ ...emptyDraft(v === 'v1' ? 'v1' : 'v2', draft.city), reportDate: draft.reportDate, sampleSize: draft.sampleSize, aggregate: draft.aggregate })}
                    data={[{ value: 'v1', label: t('generation.v1') }, { value: 'v2', label: t('generation.v2') }]}
                  />
                </Grid.Col>
              </Grid>
              {draft.evidence.aggregate?.text && (
                <Text size="sm" c="dimmed" mt="sm" fs="italic" style={{ cursor: 'pointer' }} onClick={() => show(t('review.aggregate'), draft.evidence.aggregate?.page ?? null, draft.evidence.aggregate?.text ?? '', draft.aggregate.city)}>
                  p. {draft.evidence.aggregate.page} — “{draft.evidence.aggregate.text}”
                </Text>
              )}
            </Paper>

            <Paper withBorder p="md">
              <Title order={4} mb="sm">
                {t('review.indicators')}
              </Title>
              <Table verticalSpacing="xs" highlightOnHover data-testid="review-indicators">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('review.indicator')}</Table.Th>
                    <Table.Th w={96}>{t('review.cityRate')}</Table.Th>
                    <Table.Th w={96}>{t('review.sampleRate')}</Table.Th>
                    <Table.Th w={50}>{t('review.page')}</Table.Th>
                    <Table.Th>{t('review.evidence')}</Table.Th>
                    <Table.Th w={30} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {draft.indicators.map((v) => {
                    const flags = flagsFor(`indicator:${v.id}`);
                    return (
                      <Table.Tr key={v.id} data-testid={`ind-row-${v.id}`} onClick={() => show(indicatorName(v.id, lang), v.page, v.evidence, v.city)} style={{ cursor: 'pointer' }} bg={flags.length ? 'var(--mantine-color-orange-light)' : undefined}>
                        <Table.Td fw={600}>{indicatorName(v.id, lang)}</Table.Td>
                        <Table.Td>
                          <NumberInput size="sm" value={v.city ?? ''} onChange={(x) => setValue(v.id, 'city', num(x))} aria-label={`${indicatorName(v.id, lang)} ${t('review.cityRate')}`} data-testid={`ind-city-${v.id}`} hideControls />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput size="sm" value={v.sample ?? ''} onChange={(x) => setValue(v.id, 'sample', num(x))} aria-label={`${indicatorName(v.id, lang)} ${t('review.sampleRate')}`} data-testid={`ind-sample-${v.id}`} hideControls />
                        </Table.Td>
                        <Table.Td>{v.page ?? '—'}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed" lineClamp={2}>
                            {v.evidence || t('review.noEvidence')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Flag warnings={flags} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Paper>

            <Paper withBorder p="md">
              <Group justify="space-between" mb="sm">
                <Title order={4}>{t('review.rankings')}</Title>
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => update({ rankings: [...draft.rankings, { group: 'all', label: '', rank: null, of: null, aheadOf: [], page: null, evidence: '' }] })}>
                  {t('review.addRanking')}
                </Button>
              </Group>
              <Stack gap="sm">
                {draft.rankings.map((r, i) => (
                  <Group key={i} align="flex-end" wrap="nowrap" onClick={() => show(t(`groups.${r.group}`), r.page, r.evidence)} data-testid={`ranking-row-${r.group}`}>
                    <Select w={200} label={t('review.group')} value={r.group} allowDeselect={false} onChange={(g) => g && setRanking(i, { group: g as Ranking['group'] })} data={(['all', 'population', 'foreign_born'] as const).map((g) => ({ value: g, label: t(`groups.${g}`) }))} />
                    <NumberInput w={80} label={t('review.rank')} value={r.rank ?? ''} min={1} onChange={(x) => setRanking(i, { rank: num(x) })} />
                    <NumberInput w={80} label={t('review.of')} value={r.of ?? ''} min={1} onChange={(x) => setRanking(i, { of: num(x) })} />
                    <TextInput style={{ flex: 1 }} label={t('review.label')} value={r.label} onChange={(e) => setRanking(i, { label: e.currentTarget.value })} />
                    <TextInput style={{ flex: 1 }} label={t('review.aheadOf')} value={r.aheadOf.join(', ')} onChange={(e) => setRanking(i, { aheadOf: e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
                    <Flag warnings={flagsFor(`ranking:${r.group}`)} />
                    <ActionIcon variant="subtle" color="red" aria-label={t('common:actions.remove')} onClick={() => update({ rankings: draft.rankings.filter((_, j) => j !== i) })}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        {props.pdfBase64 && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="sm" style={{ position: 'sticky', top: 72 }}>
              {focus && (
                <Paper withBorder p="sm" bg="var(--mantine-color-blue-light)" data-testid="review-focus">
                  <Text size="sm" fw={700}>
                    {focus.title} · p. {focus.page ?? '—'}
                  </Text>
                  <Text size="sm" fs="italic">
                    “{focus.text || t('review.noEvidence')}”
                  </Text>
                </Paper>
              )}
              <PdfPage base64={props.pdfBase64} page={page} onPage={setPage} mark={focus && focus.page === page ? focus.value : null} />
            </Stack>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
