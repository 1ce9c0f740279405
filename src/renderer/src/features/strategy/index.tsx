import { Alert, Center, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/api-context';
import { useVisitId } from '../../app/useVisitId';
import { ActionsTab } from './ActionsTab';
import { DocFields } from './DocFields';
import { PhasesTab } from './PhasesTab';
import { PrinciplesPanel } from './PrinciplesPanel';
import { PrioritiesTab } from './PrioritiesTab';
import { SaveIndicator } from './SaveIndicator';
import { useDocAutosave } from './useDocAutosave';
import { PageHeader } from '../../components/PageHeader';

/** The strategy editor: one tab per part of the document, everything autosaved. */
export function StrategyPage() {
  const visitId = useVisitId();
  const { t } = useTranslation('strategy');
  const strategy = useApiQuery('strategy.get', { visitId });
  const autosave = useDocAutosave(visitId, strategy.data?.doc);

  if (strategy.isPending || !autosave.doc)
    return strategy.isError ? (
      <Alert color="red" title={t('common:errors.title')}>
        {strategy.error.message}
      </Alert>
    ) : (
      <Center py={80}>
        <Loader />
      </Center>
    );
  const data = strategy.data!;

  return (
    <Stack gap="md" maw={1400} mx="auto" data-testid="strategy-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<SaveIndicator state={autosave.state} />} />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          {(['overview', 'vision', 'priorities', 'actions', 'governance', 'phases'] as const).map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`strategy-tab-${k}`}>
              {t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <DocFields
            doc={autosave.doc}
            change={autosave.change}
            fields={['title', 'period', 'authors', 'executiveSummary', 'introduction', 'context']}
          />
        </Tabs.Panel>
        <Tabs.Panel value="vision" pt="md">
          <Stack>
            <DocFields doc={autosave.doc} change={autosave.change} fields={['vision']} />
            <PrinciplesPanel visitId={visitId} principles={data.principles} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="priorities" pt="md">
          <PrioritiesTab visitId={visitId} strategy={data} />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="md">
          <ActionsTab visitId={visitId} strategy={data} />
        </Tabs.Panel>
        <Tabs.Panel value="governance" pt="md">
          <DocFields doc={autosave.doc} change={autosave.change} fields={['governance', 'monitoring', 'rerun']} />
        </Tabs.Panel>
        <Tabs.Panel value="phases" pt="md">
          <PhasesTab visitId={visitId} phases={data.phases} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
