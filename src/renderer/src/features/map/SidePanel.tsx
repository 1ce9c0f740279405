/** Edits the selected stakeholder or relation. Text commits on blur/Enter, choices at once; all undoable. */
import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Badge, Divider, MultiSelect, SegmentedControl, Select, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUADRANT_LABELS, quadrantOf, type Relation, type Stakeholder, type StakeholderPatch } from '../../../../shared/domain/stakeholders';
import { areaOptions, attitudeOptions, categoryOptions, langOf, levelOptions, relationOptions, scoreOptions } from './options';
import type { MapStore } from './store';

function TextField({ label, value, onCommit, multiline, testId, required }: { label: string; value: string; onCommit(v: string): void; multiline?: boolean; testId?: string; required?: boolean }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    if (required && !draft.trim()) return setDraft(value);
    onCommit(draft);
  };
  const common = { label, value: draft, onChange: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value), onBlur: commit, 'data-testid': testId, dir: 'auto' as const };
  return multiline ? (
    <Textarea {...common} autosize minRows={3} maxRows={10} />
  ) : (
    <TextInput {...common} required={required} onKeyDown={(e) => e.key === 'Enter' && commit()} />
  );
}

function StakeholderForm({ s, store, hidePersonal }: { s: Stakeholder; store: MapStore; hidePersonal: boolean }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const update = (patch: StakeholderPatch) => store.run({ kind: 'updateStakeholder', id: s.id, patch });
  const customs = store.data?.stakeholders.map((x) => x.category) ?? [];
  return (
    <Stack gap="xs" data-testid="stakeholder-panel">
      <TextField label={t('fields.name')} value={s.name} onCommit={(name) => update({ name })} testId="panel-name" required />
      {s.duplicateOf.length > 0 && (
        <Alert color="yellow" p="xs" data-testid="duplicate-warning">
          {t('panel.duplicate')}
        </Alert>
      )}
      <TextField label={t('fields.organisation')} value={s.organisation} onCommit={(organisation) => update({ organisation })} />
      <Autocomplete
        label={t('fields.category')}
        description={t('fields.customCategory')}
        data={categoryOptions(l, customs).map((o) => o.label)}
        defaultValue={categoryOptions(l, customs).find((o) => o.value === s.category)?.label ?? s.category}
        key={`${s.id}-${s.category}`}
        onOptionSubmit={(label) => update({ category: categoryOptions(l, customs).find((o) => o.label === label)?.value ?? label })}
        onBlur={(e) => {
          const label = e.currentTarget.value.trim();
          const value = categoryOptions(l, customs).find((o) => o.label === label)?.value ?? label;
          if (value && value !== s.category) update({ category: value });
        }}
        data-testid="panel-category"
      />
      <Select label={t('fields.level')} data={levelOptions(l)} value={s.level} allowDeselect={false} onChange={(v) => v && update({ level: v as Stakeholder['level'] })} />
      <Select label={t('fields.attitude')} data={attitudeOptions(l)} value={s.attitude} allowDeselect={false} onChange={(v) => v && update({ attitude: v as Stakeholder['attitude'] })} data-testid="panel-attitude" />
      <Text size="sm" fw={500}>{t('fields.influence')}</Text>
      <SegmentedControl data={scoreOptions} value={String(s.influence)} onChange={(v) => update({ influence: Number(v) })} data-testid="panel-influence" />
      <Text size="sm" fw={500}>{t('fields.interest')}</Text>
      <SegmentedControl data={scoreOptions} value={String(s.interest)} onChange={(v) => update({ interest: Number(v) })} data-testid="panel-interest" />
      <Badge variant="light">{QUADRANT_LABELS[quadrantOf(s.influence, s.interest)][l]}</Badge>
      <MultiSelect label={t('fields.policyAreas')} data={areaOptions(l)} value={s.policyAreas} searchable onChange={(policyAreas) => update({ policyAreas })} />
      <TagsInput label={t('fields.tags')} value={s.tags} onChange={(tags) => update({ tags })} />
      <TextField label={t('fields.notes')} value={s.notes} onCommit={(notes) => update({ notes })} multiline />
      <Divider label={t('panel.personalData')} labelPosition="left" />
      {hidePersonal ? (
        <Text size="sm" c="dimmed">{t('panel.hidden')}</Text>
      ) : (
        <>
          <TextField label={t('fields.contactPerson')} value={s.contactPerson} onCommit={(contactPerson) => update({ contactPerson })} />
          <TextField label={t('fields.contactDetails')} value={s.contactDetails} onCommit={(contactDetails) => update({ contactDetails })} multiline />
        </>
      )}
    </Stack>
  );
}

function RelationForm({ r, store }: { r: Relation; store: MapStore }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const name = (id: string) => store.data?.stakeholders.find((s) => s.id === id)?.name ?? '?';
  return (
    <Stack gap="xs" data-testid="relation-panel">
      <Text size="sm" dir="auto">{t('panel.from')}: <b>{name(r.sourceId)}</b></Text>
      <Text size="sm" dir="auto">{t('panel.to')}: <b>{name(r.targetId)}</b></Text>
      <Select label={t('fields.type')} data={relationOptions(l)} value={r.type} allowDeselect={false} onChange={(v) => v && store.run({ kind: 'updateRelation', id: r.id, patch: { type: v as Relation['type'] } })} data-testid="relation-type" />
      <TextField label={t('fields.label')} value={r.label} onCommit={(label) => store.run({ kind: 'updateRelation', id: r.id, patch: { label } })} testId="relation-label" />
      <Text size="sm" fw={500}>{t('fields.strength')}</Text>
      <SegmentedControl
        data={[1, 2, 3].map((v) => ({ value: String(v), label: t(`strength.${v}`) }))}
        value={String(r.strength)}
        onChange={(v) => store.run({ kind: 'updateRelation', id: r.id, patch: { strength: Number(v) } })}
      />
    </Stack>
  );
}

export function SidePanel({ store, selection, hidePersonal }: { store: MapStore; selection: string[]; hidePersonal: boolean }) {
  const { t } = useTranslation('map');
  const data = store.data;
  const items = selection.filter((id) => !id.startsWith('link:'));
  const s = items.length === 1 ? data?.stakeholders.find((x) => x.id === items[0]) : undefined;
  const r = items.length === 1 ? data?.relations.find((x) => x.id === items[0]) : undefined;
  return (
    <Stack gap="sm" p="sm" style={{ overflowY: 'auto', height: '100%' }}>
      <Title order={5}>{r ? t('panel.relation') : t('panel.title')}</Title>
      {s ? <StakeholderForm key={s.id} s={s} store={store} hidePersonal={hidePersonal} /> : r ? <RelationForm key={r.id} r={r} store={store} /> : (
        <Text size="sm" c="dimmed">{items.length > 1 ? t('panel.several', { count: items.length }) : t('panel.nothing')}</Text>
      )}
    </Stack>
  );
}
