/** Filters, search-and-focus and the category palette. */
import { Button, Group, MultiSelect, Popover, Select, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES, type Stakeholder } from '../../../../shared/domain/stakeholders';
import { filtersActive, noFilters, type Filters } from './model';
import { categoryIcon } from './nodes';
import { areaOptions, attitudeOptions, categoryOptions, langOf, levelOptions } from './options';

export function FilterButton({ filters, onChange, stakeholders }: { filters: Filters; onChange(f: Filters): void; stakeholders: Stakeholder[] }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const active = filtersActive(filters);
  return (
    <Popover width={340} position="bottom-start" shadow="md">
      <Popover.Target>
        <Button variant={active ? 'filled' : 'default'} leftSection={<IconFilter size={16} />} data-testid="filters-button">{t('filters')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <MultiSelect label={t('filterCategory')} data={categoryOptions(l, stakeholders.map((s) => s.category))} value={filters.categories} onChange={(categories) => onChange({ ...filters, categories })} comboboxProps={{ withinPortal: false }} data-testid="filter-category" />
          <MultiSelect label={t('filterArea')} data={areaOptions(l)} value={filters.policyAreas} onChange={(policyAreas) => onChange({ ...filters, policyAreas })} searchable comboboxProps={{ withinPortal: false }} />
          <MultiSelect label={t('filterAttitude')} data={attitudeOptions(l)} value={filters.attitudes} onChange={(attitudes) => onChange({ ...filters, attitudes })} comboboxProps={{ withinPortal: false }} data-testid="filter-attitude" />
          <MultiSelect label={t('filterLevel')} data={levelOptions(l)} value={filters.levels} onChange={(levels) => onChange({ ...filters, levels })} comboboxProps={{ withinPortal: false }} />
          <Button variant="subtle" onClick={() => onChange(noFilters)} disabled={!active}>{t('clearFilters')}</Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

export function SearchFocus({ stakeholders, onPick }: { stakeholders: Stakeholder[]; onPick(id: string): void }) {
  const { t } = useTranslation('map');
  // Duplicate names stay distinguishable by organisation.
  const data = stakeholders.map((s) => ({ value: s.id, label: s.organisation && s.duplicateOf.length ? `${s.name} (${s.organisation})` : s.duplicateOf.length ? `${s.name} · ${s.id.slice(0, 4)}` : s.name }));
  return (
    <Select
      id="map-search"
      w={260}
      searchable
      clearable
      leftSection={<IconSearch size={16} />}
      placeholder={t('search')}
      data={data}
      value={null}
      onChange={(id) => id && onPick(id)}
      limit={50}
      nothingFoundMessage="—"
      data-testid="map-search"
    />
  );
}

export function Palette({ selected, onSelect, onAdd }: { selected: string; onSelect(c: string): void; onAdd(c: string): void }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  return (
    <Stack gap={4} p={6} style={{ overflowY: 'auto' }} data-testid="palette">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">{t('palette')}</Text>
      {STAKEHOLDER_CATEGORIES.map((c) => {
        const Icon = categoryIcon(c.id);
        return (
          <Tooltip key={c.id} label={c.label[l]} position="right">
            <UnstyledButton
              draggable
              onDragStart={(e) => e.dataTransfer.setData('application/x-icc-category', c.id)}
              onClick={() => (onSelect(c.id), onAdd(c.id))}
              data-testid={`palette-${c.id}`}
              aria-label={`${t('palette')}: ${c.label[l]}`}
              style={{ display: 'flex', alignItems: 'center', gap: 6, padding: '4px 6px', borderRadius: 6, border: `2px solid ${selected === c.id ? c.color : 'transparent'}`, background: 'var(--mantine-color-default)' }}
            >
              <Group gap={6} wrap="nowrap">
                <span style={{ background: c.color, borderRadius: 4, width: 22, height: 22, display: 'inline-flex', alignItems: 'center', justifyContent: 'center' }}>
                  <Icon size={14} color="#fff" />
                </span>
                <Text size="xs" lineClamp={1} maw={110}>{c.label[l]}</Text>
              </Group>
            </UnstyledButton>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
