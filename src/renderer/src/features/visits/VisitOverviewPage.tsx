import { useState } from 'react';
import { Alert, Badge, Button, Card, Center, Group, Loader, Modal, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendar, IconEdit, IconLanguage, IconTrash, IconUsers, IconUsersGroup, IconWorld } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/api-context';
import { formatDateRange, formatNumber } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { useVisitId } from '../../app/useVisitId';
import { visitSections } from '../../app/visit-sections';
import { DeleteVisitModal } from './DeleteVisitModal';
import { VisitProfileForm } from './VisitProfileForm';
import { profileToForm } from './profile-form';

function Fact({ icon, label, value, testId }: { icon: React.ReactNode; label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg">
          {icon}
        </ThemeIcon>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fw={600} size="lg" data-testid={testId}>
            {value}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

export function VisitOverviewPage() {
  const visitId = useVisitId();
  const { t, i18n } = useTranslation('visits');
  const navigate = useNavigate();
  const visit = useApiQuery('visits.get', { visitId }, { retry: false });
  const update = useApiMutation('visits.updateProfile', { invalidates: ['visits.get', 'visits.list'] });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const lang = i18n.language;

  if (visit.isPending)
    return (
      <Center py={80}>
        <Loader />
      </Center>
    );
  if (visit.isError)
    return (
      <Alert color="red" title={t('common:errors.title')} data-testid="visit-error">
        {visit.error.message}
      </Alert>
    );
  const p = visit.data.profile;
  const dash = '—';

  return (
    <Stack gap="lg" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2} data-testid="overview-city">
              {p.city}
            </Title>
            {p.country && (
              <Badge variant="light" size="lg" leftSection={<IconWorld size={14} />}>
                {p.country}
              </Badge>
            )}
          </Group>
          <Text c="dimmed" data-testid="overview-title">
            {p.title}
          </Text>
        </div>
        <Group>
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)} data-testid="edit-profile">
            {t('common:actions.edit')}
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)} data-testid="delete-visit">
            {t('common:actions.delete')}
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Fact icon={<IconUsersGroup size={20} />} label={t('profile.population')} value={p.population !== null ? formatNumber(p.population, lang) : dash} testId="fact-population" />
        <Fact icon={<IconWorld size={20} />} label={t('profile.foreignBorn')} value={p.foreignBornShare !== null ? `${formatNumber(p.foreignBornShare, lang, 1)} %` : dash} testId="fact-foreign-born" />
        <Fact icon={<IconCalendar size={20} />} label={t('profile.dates')} value={formatDateRange(p.startDate, p.endDate, lang) || dash} testId="fact-dates" />
        <Fact icon={<IconLanguage size={20} />} label={t('profile.language')} value={t(`common:languages.${p.workingLanguage}`)} />
      </SimpleGrid>

      <Paper withBorder p="md">
        <Group gap="xs" mb="xs">
          <IconUsers size={18} />
          <Text fw={600}>{t('profile.team')}</Text>
        </Group>
        {p.experts.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('common:notSet')}
          </Text>
        ) : (
          <Group gap="xl">
            {p.experts.map((e, i) => (
              <div key={i}>
                <Text fw={500}>{e.name}</Text>
                <Text size="sm" c="dimmed">
                  {e.role}
                </Text>
              </div>
            ))}
          </Group>
        )}
        {p.notes && (
          <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {p.notes}
          </Text>
        )}
      </Paper>

      <Title order={4}>{t('sections')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {visitSections
          .filter((s) => s.key in (t('sectionHints', { returnObjects: true }) as object))
          .map((s) => (
            <Card key={s.key} withBorder component={Link} to={`/visits/${visitId}/${s.path}`} style={{ textDecoration: 'none' }}>
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="xl">
                  <s.icon size={22} />
                </ThemeIcon>
                <div>
                  <Text fw={600}>{t(`common:${s.labelKey}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`sectionHints.${s.key}`)}
                  </Text>
                </div>
              </Group>
            </Card>
          ))}
      </SimpleGrid>

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('overviewTitle')} size="lg" centered>
        <VisitProfileForm
          initial={profileToForm(p)}
          submitLabel={t('common:actions.save')}
          busy={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(profile) =>
            update.mutate(
              { visitId, profile },
              {
                onSuccess: () => {
                  setEditing(false);
                  notifySuccess(t('profileSaved'));
                },
                onError: notifyError,
              },
            )
          }
        />
      </Modal>
      <DeleteVisitModal visit={deleting ? visit.data : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/')} />
    </Stack>
  );
}
