import { useEffect, useRef, useState } from 'react';
import { Drawer, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_PRIORITIES, ACTION_STATUSES, actionInputSchema, type Action, type ActionInput, type Strategy } from '../../../../shared/domain/strategy';
import type { Stakeholder } from '../../../../shared/domain/stakeholders';
import { call, useTransport } from '../../api/api-context';
import { useQueryClient } from '@tanstack/react-query';
import { notifyError } from '../../app/notify';
import { SaveIndicator } from './SaveIndicator';
import type { SaveState } from './useDocAutosave';
import { useAreaOptions } from './areas';
import { toInput } from './ActionsTab';

/** The full form of one action; saves 700 ms after the last change while the input is valid. */
export function ActionDrawer({ visitId, action, strategy, stakeholders, onClose }: { visitId: string; action: Action; strategy: Strategy; stakeholders: Stakeholder[]; onClose: () => void }) {
  const { t } = useTranslation('strategy');
  const transport = useTransport();
  const client = useQueryClient();
  const areas = useAreaOptions();
  const [form, setForm] = useState<ActionInput>(() => toInput(action));
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(form);
  const dirty = useRef(false);
  const check = actionInputSchema.safeParse(form);
  const errors = check.success ? {} : Object.fromEntries(check.error.issues.map((i) => [String(i.path[0]), i.message]));

  const save = async () => {
    if (!dirty.current) return;
    const parsed = actionInputSchema.safeParse(latest.current);
    if (!parsed.success) return setState('error');
    dirty.current = false;
    setState('saving');
    try {
      await call(transport, 'strategy.updateAction', { visitId, id: action.id, action: latest.current });
      await client.invalidateQueries({ queryKey: ['strategy.get'] });
      setState(dirty.current ? 'saving' : 'saved');
    } catch (error) {
      dirty.current = true;
      setState('error');
      notifyError(error);
    }
  };
  const set = <K extends keyof ActionInput>(k: K, v: ActionInput[K]) => {
    const next = { ...latest.current, [k]: v };
    latest.current = next;
    dirty.current = true;
    setForm(next);
    setState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), 700);
  };
  useEffect(() => () => void save(), []); // eslint-disable-line react-hooks/exhaustive-deps -- flush once on close

  const people = stakeholders.map((s) => ({ value: s.id, label: s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name }));
  const text = (k: 'title' | 'leadText' | 'partnersText' | 'start' | 'end' | 'resources', label: string, testId?: string) => (
    <TextInput label={label} value={(form[k] as string) ?? ''} onChange={(e) => set(k, e.currentTarget.value)} error={errors[k]} data-testid={testId} />
  );
  const long = (k: 'objective' | 'description' | 'outputIndicators' | 'outcomeIndicators', label: string) => (
    <Textarea label={label} value={(form[k] as string) ?? ''} onChange={(e) => set(k, e.currentTarget.value)} autosize minRows={2} maxRows={10} error={errors[k]} data-testid={`action-${k}`} />
  );
  return (
    <Drawer opened onClose={() => { void save(); onClose(); }} position="right" size="xl" title={<Group>{t('actions.edit')}<SaveIndicator state={state} /></Group>} data-testid="action-drawer">
      <Stack>
        {text('title', t('actions.title'), 'action-title')}
        <Select label={t('actions.priority')} value={form.priorityId ?? null} data={strategy.priorities.map((p) => ({ value: p.id, label: p.title }))} placeholder={t('actions.noPriority')} clearable onChange={(v) => set('priorityId', v)} />
        {long('objective', t('actions.objective'))}
        {long('description', t('actions.description'))}
        <SimpleGrid cols={2}>
          <Select label={t('actions.lead')} value={form.leadStakeholderId ?? null} data={people} searchable clearable onChange={(v) => set('leadStakeholderId', v)} />
          {text('leadText', t('actions.leadText'))}
          <MultiSelect label={t('actions.partners')} value={form.partnerStakeholderIds ?? []} data={people} searchable clearable onChange={(v) => set('partnerStakeholderIds', v)} />
          {text('partnersText', t('actions.partnersText'))}
          {text('start', t('actions.start'), 'action-start')}
          {text('end', t('actions.end'), 'action-end')}
        </SimpleGrid>
        {text('resources', t('actions.resources'))}
        {long('outputIndicators', t('actions.outputIndicators'))}
        {long('outcomeIndicators', t('actions.outcomeIndicators'))}
        <MultiSelect label={t('actions.areas')} value={form.indicatorIds ?? []} data={areas} searchable clearable onChange={(v) => set('indicatorIds', v)} />
        <SimpleGrid cols={2}>
          <Select label={t('actions.level')} value={form.priorityLevel ?? 'medium'} allowDeselect={false} data={ACTION_PRIORITIES.map((v) => ({ value: v, label: t(`actions.levels.${v}`) }))} onChange={(v) => v && set('priorityLevel', v as ActionInput['priorityLevel'])} />
          <Select label={t('actions.status')} value={form.status ?? 'proposed'} allowDeselect={false} data={ACTION_STATUSES.map((v) => ({ value: v, label: t(`actions.statuses.${v}`) }))} onChange={(v) => v && set('status', v as ActionInput['status'])} />
        </SimpleGrid>
      </Stack>
    </Drawer>
  );
}
