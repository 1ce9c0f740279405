import { Checkbox, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyDoc } from '../../../../shared/domain/strategy';

type Field = 'title' | 'period' | 'authors' | 'executiveSummary' | 'introduction' | 'context' | 'vision' | 'governance' | 'monitoring' | 'rerun';
type LongField = 'executiveSummary' | 'introduction' | 'context' | 'vision' | 'governance' | 'monitoring';
const LONG: LongField[] = ['executiveSummary', 'introduction', 'context', 'vision', 'governance', 'monitoring'];
const YEAR = /^$|^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Document-level fields, each saved as it is typed (see useDocAutosave). */
export function DocFields({ doc, change, fields }: { doc: StrategyDoc; change: <K extends keyof StrategyDoc>(k: K, v: StrategyDoc[K]) => void; fields: Field[] }) {
  const { t } = useTranslation('strategy');
  const yearError = (v: string) => (YEAR.test(v) ? undefined : t('fields.periodStart'));
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        {fields.map((f) => {
          if (f === 'title')
            return <TextInput key={f} label={t('fields.title')} placeholder={t('fields.titlePlaceholder')} value={doc.title} onChange={(e) => change('title', e.currentTarget.value)} data-testid="field-strategy-title" maxLength={300} />;
          if (f === 'authors') return <TextInput key={f} label={t('fields.authors')} value={doc.authors} onChange={(e) => change('authors', e.currentTarget.value)} data-testid="field-authors" maxLength={1000} />;
          if (f === 'period')
            return (
              <Group key={f} grow>
                <TextInput label={t('fields.periodStart')} value={doc.periodStart} placeholder="2027" onChange={(e) => change('periodStart', e.currentTarget.value.trim())} error={yearError(doc.periodStart)} data-testid="field-period-start" maxLength={10} />
                <TextInput label={t('fields.periodEnd')} value={doc.periodEnd} placeholder="2031" onChange={(e) => change('periodEnd', e.currentTarget.value.trim())} error={yearError(doc.periodEnd)} data-testid="field-period-end" maxLength={10} />
              </Group>
            );
          if (f === 'rerun')
            return (
              <Group key={f} align="flex-end">
                <Checkbox label={t('fields.rerunIndex')} checked={doc.rerunIndex} onChange={(e) => change('rerunIndex', e.currentTarget.checked)} data-testid="field-rerun" />
                <TextInput label={t('fields.rerunIndexYear')} value={doc.rerunIndexYear} placeholder="2030" w={160} disabled={!doc.rerunIndex} onChange={(e) => change('rerunIndexYear', e.currentTarget.value.trim())} error={yearError(doc.rerunIndexYear)} maxLength={10} />
              </Group>
            );
          const key = f as LongField;
          return (
            <Textarea
              key={f}
              label={t(`fields.${key}`)}
              description={t('fields.textHint')}
              value={doc[key]}
              onChange={(e) => change(key, e.currentTarget.value)}
              autosize
              minRows={key === 'vision' ? 3 : 5}
              maxRows={24}
              maxLength={20000}
              data-testid={`field-${key}`}
            />
          );
        })}
      </Stack>
    </Paper>
  );
}
export { LONG };
