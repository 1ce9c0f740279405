import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { gapsOf, type IndexReport } from '../../../../shared/domain/index-report';
import { comparableId, indicatorName, INDICATORS_V2 } from '../../../../shared/domain/indicators';
import { formatNumber } from '../../app/format';

const gapColor = (gap: number | null) => (gap === null ? 'gray' : gap < 0 ? 'red' : gap > 0 ? 'teal' : 'gray');
const signed = (n: number, lang: string) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`;

function Big({ label, value, hint, testId, color }: { label: string; value: string; hint?: string; testId?: string; color?: string }) {
  return (
    <Paper withBorder p="lg">
      <Text size="sm" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fz={44} fw={800} lh={1.1} c={color} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="md" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The visit's Index page once a report exists: where the city stands, what lags, how it moved. */
export function Dashboard({ report, previous }: { report: IndexReport; previous: IndexReport | null }) {
  const { t, i18n } = useTranslation('indexReports');
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const aggGap = report.aggregate.city !== null && report.aggregate.sample !== null ? report.aggregate.city - report.aggregate.sample : null;
  const chartData = report.indicators.map((v) => ({ name: indicatorName(v.id, lang), city: v.city ?? 0, sample: v.sample ?? 0 }));
  const gaps = gapsOf(report);
  const maxAbs = Math.max(1, ...gaps.map((g) => Math.abs(g.gap ?? 0)));

  return (
    <Stack gap="lg" data-testid="index-dashboard">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Big label={`${t('dashboard.aggregate')} · ${report.city}`} value={formatNumber(report.aggregate.city, lang) || '—'} hint={t('dashboard.aggregateHint')} testId="dash-aggregate-city" color="var(--mantine-primary-color-filled)" />
        <Big label={t('dashboard.sample')} value={formatNumber(report.aggregate.sample, lang) || '—'} hint={report.sampleSize ? t('dashboard.sampleOf', { count: report.sampleSize }) : undefined} testId="dash-aggregate-sample" />
        <Paper withBorder p="lg">
          <Text size="sm" tt="uppercase" fw={700} c="dimmed">
            {t('dashboard.gap')}
          </Text>
          <Text fz={44} fw={800} lh={1.1} c={gapColor(aggGap)} data-testid="dash-aggregate-gap">
            {aggGap === null ? '—' : signed(aggGap, lang)}
          </Text>
          <Text size="md" c="dimmed">
            {aggGap === null ? '' : aggGap > 0 ? t('dashboard.lead', { value: aggGap }) : aggGap < 0 ? t('dashboard.behind', { value: -aggGap }) : t('dashboard.level')}
          </Text>
        </Paper>
        {report.rankings.find((r) => r.group === 'all') ? (
          <Big
            label={t('groups.all')}
            value={(() => {
              const r = report.rankings.find((x) => x.group === 'all')!;
              return r.of ? t('dashboard.rankOf', { rank: r.rank ?? '—', of: r.of }) : String(r.rank ?? '—');
            })()}
            testId="dash-rank-all"
          />
        ) : (
          <Paper withBorder p="lg" />
        )}
      </SimpleGrid>

      <Paper withBorder p="lg">
        <Group justify="space-between" mb="md">
          <Title order={3}>{t('dashboard.chartTitle', { city: report.city })}</Title>
          <Group gap="lg">
            {[
              [report.city, 'var(--mantine-color-blue-7)'],
              [t('dashboard.sample'), 'var(--mantine-color-gray-5)'],
            ].map(([label, color]) => (
              <Group key={label} gap={6}>
                <div style={{ width: 14, height: 14, borderRadius: 3, background: color }} />
                <Text fz="md">{label}</Text>
              </Group>
            ))}
          </Group>
        </Group>
        <BarChart
          h={Math.max(360, chartData.length * 44)}
          data={chartData}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 260, tick: { fontSize: 15, fill: 'var(--mantine-color-text)' } }}
          xAxisProps={{ domain: [0, 100], tick: { fontSize: 14, fill: 'var(--mantine-color-text)' } }}
          textColor="bright"
          gridAxis="x"
          series={[
            { name: 'city', label: report.city, color: 'blue.7' },
            { name: 'sample', label: t('dashboard.sample'), color: 'gray.5' },
          ]}
          data-testid="dash-chart"
        />
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="lg">
          <Title order={3}>{t('dashboard.gapsTitle')}</Title>
          <Text c="dimmed" mb="md">
            {t('dashboard.gapsHint')}
          </Text>
          <Stack gap={6} data-testid="dash-gaps">
            {gaps.map((g) => (
              <Group key={g.id} gap="sm" wrap="nowrap" data-testid="gap-row">
                <Text fz="lg" w={300} truncate>
                  {indicatorName(g.id, lang)}
                </Text>
                <div style={{ flex: 1, position: 'relative', height: 22 }}>
                  <div style={{ position: 'absolute', left: '50%', top: 0, bottom: 0, width: 1, background: 'var(--mantine-color-default-border)' }} />
                  {g.gap !== null && (
                    <div
                      style={{
                        position: 'absolute',
                        top: 3,
                        height: 16,
                        borderRadius: 3,
                        background: `var(--mantine-color-${gapColor(g.gap)}-6)`,
                        left: g.gap < 0 ? `${50 - (50 * -g.gap) / maxAbs}%` : '50%',
                        width: `${(50 * Math.abs(g.gap)) / maxAbs}%`,
                      }}
                    />
                  )}
                </div>
                <Text fz="lg" fw={700} w={56} ta="right" c={gapColor(g.gap)}>
                  {g.gap === null ? '—' : signed(g.gap, lang)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>

        <Stack gap="lg">
          <Paper withBorder p="lg">
            <Title order={3} mb="md">
              {t('dashboard.rankingsTitle')}
            </Title>
            <Stack gap="md" data-testid="dash-rankings">
              {report.rankings.map((r) => (
                <Group key={r.group} justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fz="lg" fw={600}>
                      {t(`groups.${r.group}`)}
                    </Text>
                    <Text c="dimmed">{r.label}</Text>
                    {r.aheadOf.length > 0 && <Text size="sm">{t('dashboard.aheadOf', { names: r.aheadOf.join(', ') })}</Text>}
                  </div>
                  <Badge size="xl" variant="light" radius="sm">
                    {r.of ? t('dashboard.rankOf', { rank: r.rank ?? '—', of: r.of }) : String(r.rank ?? '—')}
                  </Badge>
                </Group>
              ))}
            </Stack>
          </Paper>
          <Progress report={report} previous={previous} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/** Two reports of the city on the revised Index's axis (v1 areas mapped; new areas had no value before). */
function Progress({ report, previous }: { report: IndexReport; previous: IndexReport | null }) {
  const { t, i18n } = useTranslation('indexReports');
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  if (!previous)
    return (
      <Paper withBorder p="lg">
        <Title order={3}>{t('dashboard.progressTitle')}</Title>
        <Text c="dimmed">{t('dashboard.noPrevious')}</Text>
      </Paper>
    );
  const byAxis = (r: IndexReport) => new Map(r.indicators.map((v) => [comparableId(v.id), v.city]));
  const before = byAxis(previous);
  const now = byAxis(report);
  const yearOf = (r: IndexReport) => r.reportDate?.slice(0, 4) ?? '—';
  return (
    <Paper withBorder p="lg">
      <Title order={3}>{t('dashboard.progressTitle')}</Title>
      <Text c="dimmed" mb="sm">
        {t('dashboard.progressHint')}
      </Text>
      <Table fz="md" verticalSpacing={4} data-testid="dash-progress">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{yearOf(previous)}</Table.Th>
            <Table.Th ta="right">{yearOf(report)}</Table.Th>
            <Table.Th ta="right">{t('dashboard.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr fw={700}>
            <Table.Td>{t('dashboard.aggregate')}</Table.Td>
            <Table.Td ta="right">{formatNumber(previous.aggregate.city, lang)}</Table.Td>
            <Table.Td ta="right">{formatNumber(report.aggregate.city, lang)}</Table.Td>
            <Table.Td ta="right" c={gapColor(report.aggregate.city !== null && previous.aggregate.city !== null ? report.aggregate.city - previous.aggregate.city : null)}>
              {report.aggregate.city !== null && previous.aggregate.city !== null ? signed(report.aggregate.city - previous.aggregate.city, lang) : '—'}
            </Table.Td>
          </Table.Tr>
          {INDICATORS_V2.map((ind) => {
            const a = before.get(ind.id) ?? null;
            const b = now.get(ind.id) ?? null;
            return (
              <Table.Tr key={ind.id}>
                <Table.Td>{indicatorName(ind.id, lang)}</Table.Td>
                <Table.Td ta="right">{a === null ? <Text span c="dimmed" size="sm" style={{ whiteSpace: 'nowrap' }}>{before.has(ind.id) ? '—' : t('dashboard.newArea')}</Text> : formatNumber(a, lang)}</Table.Td>
                <Table.Td ta="right">{b === null ? '—' : formatNumber(b, lang)}</Table.Td>
                <Table.Td ta="right" fw={600} c={gapColor(a !== null && b !== null ? b - a : null)}>
                  {a !== null && b !== null ? signed(b - a, lang) : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
