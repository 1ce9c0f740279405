import { Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASE_STATUSES, type PhaseState, type PhaseStatus } from '../../../../shared/domain/strategy';
import { useApiMutation } from '../../api/api-context';
import { notifyError } from '../../app/notify';

/** The ICC phases as a checklist: where the city stands (printed in the governance section). */
export function PhasesTab({ visitId, phases }: { visitId: string; phases: PhaseState[] }) {
  const { t } = useTranslation('strategy');
  const set = useApiMutation('strategy.setPhase', { invalidates: ['strategy.get'] });
  const save = (p: PhaseState, patch: Partial<PhaseState>) => set.mutate({ visitId, phase: p.phase, status: patch.status ?? p.status, note: patch.note ?? p.note }, { onError: notifyError });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('phases.intro')}
        </Text>
        <Table verticalSpacing="sm">
          <Table.Tbody>
            {phases.map((p, i) => (
              <Table.Tr key={p.phase} data-testid={`phase-${p.phase}`}>
                <Table.Td w={40}>
                  <Text fw={700} c="dimmed">
                    {i + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fw={600}>{t(`phases.names.${p.phase}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`phases.hints.${p.phase}`)}
                  </Text>
                </Table.Td>
                <Table.Td w={360}>
                  <SegmentedControl
                    size="xs"
                    value={p.status}
                    color={p.status === 'done' ? 'teal' : p.status === 'in_progress' ? 'blue' : 'gray'}
                    onChange={(v) => save(p, { status: v as PhaseStatus })}
                    data={PHASE_STATUSES.map((s) => ({ value: s, label: t(`phases.statuses.${s}`) }))}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" placeholder={t('phases.note')} defaultValue={p.note} maxLength={2000} onBlur={(e) => e.currentTarget.value !== p.note && save(p, { note: e.currentTarget.value })} aria-label={t('phases.note')} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
