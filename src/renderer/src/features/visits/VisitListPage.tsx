import { useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Code,
  Group,
  Loader,
  Menu,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconDots, IconFileAlert, IconMapPin, IconPlus, IconSearch, IconSparkles, IconTrash, IconUsers } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../../shared/domain/visit';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatDateRange, formatRelative } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { DeleteVisitModal } from './DeleteVisitModal';
import { VisitProfileForm } from './VisitProfileForm';
import { emptyProfileForm } from './profile-form';
import { ImportVisitButton } from '../versions/ImportVisitButton';
import { LibrarySafetyPanel } from '../versions/LibrarySafetyPanel';
import { PageHeader } from '../../components/PageHeader';

const matches = (v: VisitSummary, q: string) =>
  [v.profile.city, v.profile.country, v.profile.title, ...v.profile.experts.map((e) => e.name)].some((s) =>
    s.toLocaleLowerCase().includes(q),
  );

export function VisitListPage() {
  const { t, i18n } = useTranslation('visits');
  const navigate = useNavigate();
  const location = useLocation();
  const listing = useApiQuery('visits.list', {});
  const create = useApiMutation('visits.create', { invalidates: ['visits.list'] });
  const demo = useApiMutation('demo.create', { invalidates: ['visits.list'] });
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<VisitSummary | null>(null);
  const [filter, setFilter] = useState('');

  const newVisitRequest = (location.state as { newVisit?: number } | null)?.newVisit;
  useEffect(() => {
    if (newVisitRequest) setCreating(true);
  }, [newVisitRequest]);

  const visits = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase();
    return (listing.data?.visits ?? []).filter((v) => !q || matches(v, q));
  }, [listing.data, filter]);

  const openDemo = () => demo.mutate({}, { onSuccess: (v) => navigate(`/visits/${v.id}`), onError: notifyError });

  if (listing.isPending) {
    return (
      <Center py={80}>
        <Loader />
      </Center>
    );
  }
  if (listing.isError) {
    return (
      <Alert color="red" title={t('common:errors.title')}>
        {listing.error.message}
      </Alert>
    );
  }
  const { unreadable, dataDir } = listing.data;
  const empty = listing.data.visits.length === 0;

  return (
    <Stack gap="lg" maw={1200} mx="auto">
      <PageHeader
        title={t('libraryTitle')}
        subtitle={t('librarySubtitle')}
        actions={
          <Group>
            {!empty && (
              <TextInput
                leftSection={<IconSearch size={16} />}
                placeholder={t('searchPlaceholder')}
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                w={280}
                data-testid="visit-filter"
              />
            )}
            <ImportVisitButton />
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-visit">
              {t('newVisit')}
            </Button>
          </Group>
        }
      />

      <LibrarySafetyPanel />

      {empty ? (
        <Paper withBorder p={48} data-testid="empty-library">
          <Stack align="center" gap="md">
            <ThemeIcon size={72} radius={36} variant="light">
              <IconMapPin size={38} />
            </ThemeIcon>
            <Title order={3}>{t('emptyTitle')}</Title>
            <Text c="dimmed" ta="center" maw={520}>
              {t('emptyBody')}
            </Text>
            <Group>
              <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
                {t('newVisit')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconSparkles size={18} />}
                loading={demo.isPending}
                onClick={openDemo}
                data-testid="open-demo"
              >
                {t('openDemo')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="visit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.city')}</Table.Th>
                <Table.Th>{t('columns.title')}</Table.Th>
                <Table.Th>{t('columns.dates')}</Table.Th>
                <Table.Th>{t('columns.experts')}</Table.Th>
                <Table.Th>{t('columns.updated')}</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((v) => (
                <Table.Tr key={v.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/visits/${v.id}`)} data-testid="visit-row">
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600}>{v.profile.city}</Text>
                      {v.isDemo && (
                        <Badge size="xs" variant="light" color="grape" style={{ flexShrink: 0 }}>
                          {t('demoBadge')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {v.profile.country}
                    </Text>
                  </Table.Td>
                  <Table.Td>{v.profile.title}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateRange(v.profile.startDate, v.profile.endDate, i18n.language) || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <IconUsers size={14} opacity={0.6} />
                      <Text size="sm" lineClamp={1}>
                        {v.profile.experts.map((e) => e.name).join(', ') || '—'}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatRelative(v.updatedAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td onClick={(e) => e.stopPropagation()}>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label="Actions" data-testid="visit-actions">
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={16} />}
                          onClick={() => setToDelete(v)}
                          data-testid="visit-delete"
                        >
                          {t('common:actions.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {visits.length === 0 && (
            <Text c="dimmed" ta="center" p="lg">
              {t('noMatch')}
            </Text>
          )}
        </Paper>
      )}

      {unreadable.length > 0 && (
        <Alert color="orange" icon={<IconFileAlert />} title={t('unreadableTitle')} data-testid="unreadable-files">
          <Text size="sm" mb="xs">
            {t('unreadableBody')}
          </Text>
          {unreadable.map((u) => (
            <Text size="sm" key={u.fileName}>
              <Code>{u.fileName}</Code> — {u.problem}
            </Text>
          ))}
        </Alert>
      )}

      <Text size="xs" c="dimmed">
        {t('dataFolder')}: <Code>{dataDir}</Code>
      </Text>

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('newVisit')} size="lg" centered>
        <VisitProfileForm
          initial={emptyProfileForm(i18n.language === 'fr' ? 'fr' : 'en')}
          submitLabel={t('common:actions.create')}
          busy={create.isPending}
          onCancel={() => setCreating(false)}
          onSubmit={(profile) =>
            create.mutate(
              { profile },
              {
                onSuccess: (v) => {
                  setCreating(false);
                  notifySuccess(t('created', { title: v.profile.title }));
                  navigate(`/visits/${v.id}`);
                },
                onError: notifyError,
              },
            )
          }
        />
      </Modal>
      <DeleteVisitModal visit={toDelete} onClose={() => setToDelete(null)} />
    </Stack>
  );
}
