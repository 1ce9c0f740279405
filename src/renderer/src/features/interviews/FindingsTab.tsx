import { useState } from 'react';
import { Accordion, Alert, Badge, Button, Center, Group, Loader, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { CODE_COLORS, CODE_KINDS } from '../../../../shared/domain/interviews';
import { useApiQuery } from '../../api/api-context';
import { useVisitId } from '../../app/useVisitId';
import { useOptions, useStakeholders } from './options';
import { PassageCard } from './PassageCard';

/** Coded passages per policy area or per stakeholder, each with its meeting and a way back to the note. */
export function FindingsTab() {
  const visitId = useVisitId();
  const o = useOptions();
  const stakeholders = useStakeholders(visitId);
  const [params, setParams] = useSearchParams();
  const by = params.get('by') === 'stakeholder' ? 'stakeholder' : 'policyArea';
  const [codes, setCodes] = useState<string[]>([]);
  const findings = useApiQuery('interviews.findings', { visitId, by });
  if (findings.isPending) return <Center py={60}><Loader /></Center>;
  if (findings.isError) return <Alert color="red">{findings.error.message}</Alert>;
  const groups = findings.data
    .map((g) => ({ ...g, passages: codes.length ? g.passages.filter((p) => codes.includes(p.code)) : g.passages }))
    .filter((g) => g.passages.length > 0);
  const label = (key: string) => (by === 'policyArea' ? (key ? o.areaName(key) : o.t('findings.untaggedArea')) : key ? stakeholders.name(key) : o.t('findings.untaggedStakeholder'));
  const open = params.get('group');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          value={by}
          onChange={(v) => setParams({ tab: 'findings', by: v })}
          data={[
            { value: 'policyArea', label: o.t('findings.byArea') },
            { value: 'stakeholder', label: o.t('findings.byStakeholder') },
          ]}
          data-testid="findings-by"
        />
        <MultiSelect placeholder={o.t('findings.allCodes')} data={o.codes} value={codes} onChange={setCodes} clearable w={360} data-testid="findings-codes" />
      </Group>
      {groups.length === 0 && <Alert color="blue">{o.t('findings.empty')}</Alert>}
      <Accordion multiple variant="separated" defaultValue={open ? [open] : groups.slice(0, 1).map((g) => g.key || '_')}>
        {groups.map((g) => {
          const counts = CODE_KINDS.map((k) => [k, g.passages.filter((p) => p.code === k).length] as const).filter(([, n]) => n > 0);
          return (
            <Accordion.Item key={g.key || '_'} value={g.key || '_'} data-testid="findings-group">
              <Accordion.Control>
                <Group justify="space-between" pr="md">
                  <Text fw={600}>{label(g.key)}</Text>
                  <Group gap={4}>
                    {counts.map(([k, n]) => (
                      <Badge key={k} size="sm" variant="light" color={CODE_COLORS[k]}>
                        {o.t(`codes.${k}`)} {n}
                      </Badge>
                    ))}
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  {g.passages.map((p) => (
                    <PassageCard
                      key={p.id}
                      p={p}
                      stakeholderName={stakeholders.name}
                      actions={
                        <Button size="compact-xs" variant="subtle" rightSection={<IconArrowRight size={12} />} onClick={() => setParams({ tab: 'notes', meeting: p.meetingId, passage: p.id })} data-testid="open-in-note">
                          {o.t('coding.showInContext')}
                        </Button>
                      }
                    />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
