import { Fragment, useDeferredValue, useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { HIT_END, HIT_START, type SearchHit } from '../../../../shared/domain/interviews';
import { useApiQuery } from '../../api/api-context';
import { useVisitId } from '../../app/useVisitId';
import { useOptions } from './options';

/** Hits drawn per group at first: drawing all of them on every keystroke would slow typing. */
const SHOWN = 8;

/** Renders a snippet with its match markers as <mark>, as text (never HTML). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIT_START}[^${HIT_END}]*${HIT_END})`, 'u'));
  return (
    <Text size="sm" className="search-hit" component="div">
      {parts.map((part, i) =>
        part.startsWith(HIT_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </Text>
  );
}

/** Accent-insensitive search over notes, coded passages and stakeholders; a hit opens the note at the match. */
export function SearchTab() {
  const visitId = useVisitId();
  const o = useOptions();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('find') ?? '');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const deferred = useDeferredValue(query.trim());
  const result = useApiQuery(
    'interviews.search',
    { visitId, query: deferred },
    { enabled: deferred.length > 0, placeholderData: keepPreviousData, staleTime: 0 },
  );
  const open = (hit: SearchHit) => {
    // Remember the query in this history entry, so Back returns to the same results.
    setParams({ tab: 'search', find: deferred }, { replace: true });
    if (hit.kind === 'stakeholder') setParams({ tab: 'findings', by: 'stakeholder', group: hit.id });
    else if (hit.kind === 'passage') setParams({ tab: 'notes', meeting: hit.meetingId ?? '', passage: hit.id });
    else setParams({ tab: 'notes', meeting: hit.meetingId ?? '', q: deferred });
  };
  const data = deferred ? result.data : undefined;
  return (
    <Stack gap="md">
      <TextInput
        size="md"
        leftSection={<IconSearch size={18} />}
        rightSection={result.isFetching ? <Loader size="xs" /> : null}
        placeholder={o.t('search.placeholder')}
        value={query}
        // Only local state per keystroke: re-routing on every key would redraw the whole page.
        onChange={(e) => setQuery(e.currentTarget.value)}
        autoFocus
        data-testid="search-input"
        aria-label={o.t('search.placeholder')}
      />
      {!deferred && <Text c="dimmed">{o.t('search.hint')}</Text>}
      {data && data.total === 0 && (
        <Text c="dimmed" data-testid="search-none">
          {o.t('search.none', { query: deferred })}
        </Text>
      )}
      {data && data.total > 0 && (
        <Text size="xs" c="dimmed" data-testid="search-took">
          {o.t('search.took', { count: data.total, ms: data.tookMs.toFixed(1) })}
        </Text>
      )}
      {/* data-query tells tests and the benchmark which query the drawn results belong to. */}
      <Stack gap="md" data-testid="search-results" data-query={data?.query ?? ''}>
        {data?.groups.map((g) => (
          <Stack key={g.kind} gap="xs" data-testid={`search-group-${g.kind}`}>
            <Group gap="xs">
              <Title order={5}>{o.t(`search.groups.${g.kind}`)}</Title>
              <Badge variant="light">{g.hits.length}</Badge>
            </Group>
            {(expanded.has(g.kind) ? g.hits : g.hits.slice(0, SHOWN)).map((h) => (
              <UnstyledButton key={`${h.kind}-${h.id}`} onClick={() => open(h)} data-testid="search-hit">
                <Paper withBorder p="sm">
                  <Text fw={600} size="sm" mb={4}>
                    {h.kind === 'passage' ? o.t(`codes.${h.title}`) : h.title}
                  </Text>
                  <Snippet text={h.snippet} />
                </Paper>
              </UnstyledButton>
            ))}
            {g.hits.length > SHOWN && !expanded.has(g.kind) && (
              <Button variant="subtle" size="xs" onClick={() => setExpanded(new Set([...expanded, g.kind]))}>
                {o.t('search.showAll', { count: g.hits.length })}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
