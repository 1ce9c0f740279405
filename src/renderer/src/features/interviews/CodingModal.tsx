import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { CodeKind } from '../../../../shared/domain/interviews';
import { useOptions, useStakeholders } from './options';

export interface CodingValues {
  code: CodeKind;
  policyAreas: string[];
  stakeholderIds: string[];
  comment: string;
}

/** Code a selected passage (or recode/retag an existing one); the text itself is never edited here. */
export function CodingModal({
  visitId,
  text,
  initial,
  editing,
  busy,
  onSave,
  onDelete,
  onClose,
}: {
  visitId: string;
  text: string;
  initial: CodingValues;
  editing: boolean;
  busy: boolean;
  onSave: (v: CodingValues) => void;
  onDelete?: () => void;
  onClose: () => void;
}) {
  const o = useOptions();
  const stakeholders = useStakeholders(visitId);
  const [v, setV] = useState(initial);
  return (
    <Modal opened onClose={onClose} title={editing ? o.t('coding.editTitle') : o.t('coding.title')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm" p="xs" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 4, whiteSpace: 'pre-wrap', maxHeight: 160, overflow: 'auto' }} data-testid="coding-text">
          {text}
        </Text>
        <SegmentedControl fullWidth data={o.codes} value={v.code} onChange={(code) => setV({ ...v, code: code as CodeKind })} data-testid="coding-code" />
        <MultiSelect label={o.t('coding.policyAreas')} data={o.areas} value={v.policyAreas} onChange={(policyAreas) => setV({ ...v, policyAreas })} searchable clearable data-testid="coding-areas" />
        <MultiSelect label={o.t('coding.stakeholders')} data={stakeholders.options} value={v.stakeholderIds} onChange={(stakeholderIds) => setV({ ...v, stakeholderIds })} searchable clearable data-testid="coding-stakeholders" />
        <Textarea label={o.t('coding.comment')} value={v.comment} onChange={(e) => setV({ ...v, comment: e.currentTarget.value })} autosize minRows={2} />
        <Group justify="space-between">
          {onDelete ? (
            <Button variant="subtle" color="red" onClick={onDelete} data-testid="coding-delete">
              {o.t('coding.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {o.t('common:actions.cancel')}
            </Button>
            <Button onClick={() => onSave(v)} loading={busy} data-testid="coding-save">
              {o.t('coding.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
