import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useDocAutosave';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation('common');
  if (state === 'idle') return null;
  return (
    <Badge variant="light" color={state === 'error' ? 'red' : state === 'saving' ? 'gray' : 'teal'} data-testid="save-state" data-state={state}>
      {state === 'saving' ? t('saving') : state === 'error' ? t('errors.title') : t('saved')}
    </Badge>
  );
}
