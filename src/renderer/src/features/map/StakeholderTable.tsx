/** The same records as the map, as a searchable, sortable table with inline editing (every edit is undoable). */
import { useMemo, useState } from 'react';
import { ActionIcon, Badge, Group, Pagination, Select, Stack, Table, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFocus2, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { indicatorName } from '../../../../shared/domain/indicators';
import { categoryLabel, type Stakeholder, type StakeholderPatch } from '../../../../shared/domain/stakeholders';
import { attitudeOptions, categoryOptions, langOf, levelOptions, scoreOptions } from './options';
import type { MapStore } from './store';

type SortKey = 'name' | 'organisation' | 'category' | 'level' | 'influence' | 'interest' | 'attitude';
const PAGE = 100;

function NameCell({ s, onCommit }: { s: Stakeholder; onCommit(name: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() && draft !== s.name) onCommit(draft);
    setDraft(null);
  };
  return (
    <TextInput
      size="xs"
      dir="auto"
      value={draft ?? s.name}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      aria-label="name"
      data-testid="table-name"
      rightSection={s.duplicateOf.length ? <Tooltip label="⧉"><Badge size="xs" color="yellow">2×</Badge></Tooltip> : undefined}
    />
  );
}

export function StakeholderTable({ store, onFocus }: { store: MapStore; onFocus(id: string): void }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const [page, setPage] = useState(1);
  const all = useMemo(() => store.data?.stakeholders ?? [], [store.data]);
  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const filtered = q
      ? all.filter((s) => [s.name, s.organisation, s.notes, s.tags.join(' '), categoryLabel(s.category, l), ...s.policyAreas.map((a) => indicatorName(a, l))].join(' ').toLocaleLowerCase().includes(q))
      : all;
    const val = (s: Stakeholder) => (sort.key === 'category' ? categoryLabel(s.category, l) : s[sort.key]);
    return [...filtered].sort((a, b) => {
      const x = val(a), y = val(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), l);
      return sort.desc ? -c : c;
    });
  }, [all, query, sort, l]);
  const update = (id: string, patch: StakeholderPatch) => store.run({ kind: 'updateStakeholder', id, patch });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const cats = categoryOptions(l, all.map((s) => s.category));

  const Th = ({ k, label }: { k: SortKey; label: string }) => (
    <Table.Th>
      <UnstyledButton onClick={() => setSort((s) => ({ key: k, desc: s.key === k ? !s.desc : false }))} data-testid={`sort-${k}`}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>{label}</Text>
          {sort.key === k && (sort.desc ? <IconChevronDown size={14} /> : <IconChevronUp size={14} />)}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <Stack gap="xs" p="sm" h="100%" style={{ overflow: 'auto' }} data-testid="stakeholder-table">
      <Group justify="space-between">
        <TextInput leftSection={<IconSearch size={16} />} placeholder={t('table.search')} value={query} onChange={(e) => (setQuery(e.currentTarget.value), setPage(1))} w={360} data-testid="table-search" />
        <Text size="sm" c="dimmed">{t('table.count', { shown: rows.length, total: all.length })}</Text>
      </Group>
      <Table striped highlightOnHover stickyHeader verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Th k="name" label={t('fields.name')} />
            <Th k="organisation" label={t('fields.organisation')} />
            <Th k="category" label={t('fields.category')} />
            <Th k="level" label={t('fields.level')} />
            <Th k="influence" label={t('fields.influence')} />
            <Th k="interest" label={t('fields.interest')} />
            <Th k="attitude" label={t('fields.attitude')} />
            <Table.Th>{t('fields.policyAreas')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((s) => (
            <Table.Tr key={s.id} data-testid="table-row">
              <Table.Td miw={220}><NameCell s={s} onCommit={(name) => update(s.id, { name })} /></Table.Td>
              <Table.Td><Text size="sm" dir="auto" lineClamp={2}>{s.organisation}</Text></Table.Td>
              <Table.Td miw={180}><Select size="xs" data={cats} value={s.category} allowDeselect={false} onChange={(v) => v && update(s.id, { category: v })} aria-label={t('fields.category')} /></Table.Td>
              <Table.Td miw={120}><Select size="xs" data={levelOptions(l)} value={s.level} allowDeselect={false} onChange={(v) => v && update(s.id, { level: v as Stakeholder['level'] })} aria-label={t('fields.level')} /></Table.Td>
              <Table.Td w={80}><Select size="xs" data={scoreOptions} value={String(s.influence)} allowDeselect={false} onChange={(v) => v && update(s.id, { influence: Number(v) })} aria-label={t('fields.influence')} data-testid="table-influence" /></Table.Td>
              <Table.Td w={80}><Select size="xs" data={scoreOptions} value={String(s.interest)} allowDeselect={false} onChange={(v) => v && update(s.id, { interest: Number(v) })} aria-label={t('fields.interest')} /></Table.Td>
              <Table.Td miw={130}><Select size="xs" data={attitudeOptions(l)} value={s.attitude} allowDeselect={false} onChange={(v) => v && update(s.id, { attitude: v as Stakeholder['attitude'] })} aria-label={t('fields.attitude')} /></Table.Td>
              <Table.Td><Text size="xs" lineClamp={2}>{s.policyAreas.map((a) => indicatorName(a, l)).join(', ')}</Text></Table.Td>
              <Table.Td>
                <Tooltip label={t('table.focus')}>
                  <ActionIcon variant="subtle" onClick={() => onFocus(s.id)} aria-label={t('table.focus')}><IconFocus2 size={16} /></ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />}
    </Stack>
  );
}
