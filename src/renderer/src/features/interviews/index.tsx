import { Stack, Tabs, Title } from '@mantine/core';
import { IconCalendarEvent, IconNotes, IconSearch, IconTags } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AgendaTab } from './AgendaTab';
import { NotesTab } from './NotesTab';
import { FindingsTab } from './FindingsTab';
import { SearchTab } from './SearchTab';
import './interviews.css';

const TABS = ['agenda', 'notes', 'findings', 'search'] as const;
type Tab = (typeof TABS)[number];

/**
 * The visit's interviews: agenda, one note per meeting, findings from coded passages, and search.
 * The tab and the open meeting live in the address (?tab=notes&meeting=…), so links from findings
 * and search open the note at the right place and the back button works.
 */
export function InterviewsPage() {
  const { t } = useTranslation('interviews');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'agenda';
  const icons = { agenda: IconCalendarEvent, notes: IconNotes, findings: IconTags, search: IconSearch };
  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Title order={2}>{t('common:nav.interviews')}</Title>
      <Tabs value={tab} onChange={(v) => setParams(v === 'agenda' ? {} : { tab: v ?? 'agenda' })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((key) => {
            const Icon = icons[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} />} data-testid={`tab-${key}`}>
                {t(`tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaTab />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesTab />
        </Tabs.Panel>
        <Tabs.Panel value="findings" pt="md">
          <FindingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="search" pt="md">
          <SearchTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
