import { Suspense } from 'react';
import { ActionIcon, AppShell, Badge, Box, Center, Loader, Group, NavLink, ScrollArea, SegmentedControl, Stack, Text, Title, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconArrowLeft, IconKeyboard, IconMoon, IconSun, IconWorld } from '@tabler/icons-react';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/api-context';
import { usePreferences } from './preferences';
import { useShortcutsHelp } from './shortcuts';
import { visitSections } from './visit-sections';
import { ErrorBoundary } from './ErrorBoundary';

function Logo() {
  return (
    <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#0a53af" />
      <circle cx="11" cy="12" r="4" fill="#ffd43b" />
      <circle cx="21" cy="12" r="4" fill="#fff" />
      <circle cx="16" cy="21" r="4" fill="#74c0fc" />
      <path d="M11 12 L21 12 L16 21 Z" fill="none" stroke="#fff" strokeWidth="1.5" opacity="0.8" />
    </svg>
  );
}

function VisitNav({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const visit = useApiQuery('visits.get', { visitId }, { retry: false });
  const base = `/visits/${visitId}`;
  return (
    <Stack gap={4}>
      <NavLink component={Link} to="/" label={t('nav.library')} leftSection={<IconArrowLeft size={16} />} c="dimmed" />
      <Box px="sm" py="xs">
        <Text fw={650} size="lg" lineClamp={2} data-testid="nav-city">
          {visit.data?.profile.city ?? '…'}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {visit.data?.profile.title}
        </Text>
        {visit.data?.isDemo && (
          <Badge mt={6} size="xs" variant="light" color="grape">
            {t('visits:demoBadge')}
          </Badge>
        )}
      </Box>
      {visitSections.map((s, i) => {
        const to = s.path ? `${base}/${s.path}` : base;
        const active = s.path ? location.pathname.startsWith(to) : location.pathname === base || location.pathname === `${base}/`;
        return (
          <NavLink
            key={s.key}
            component={Link}
            to={to}
            active={active}
            label={t(s.labelKey)}
            leftSection={<s.icon size={18} stroke={1.6} />}
            rightSection={
              <Text size="xs" c="dimmed" visibleFrom="md">
                Alt+{i + 1}
              </Text>
            }
            data-testid={`nav-${s.key}`}
            variant="light"
          />
        );
      })}
    </Stack>
  );
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const prefs = usePreferences();
  const scheme = useComputedColorScheme('light');
  const visitMatch = useMatch('/visits/:visitId/*');
  const visitId = visitMatch?.params.visitId;
  const help = useShortcutsHelp();

  return (
    <AppShell header={{ height: 60 }} navbar={visitId ? { width: 260, breakpoint: 'sm' } : undefined} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" renderRoot={(props) => <Link to="/" {...props} />} style={{ textDecoration: 'none', color: 'inherit' }} wrap="nowrap">
            <Logo />
            <div>
              <Title order={4} lh={1.1}>
                {t('appName')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t('tagline')}
              </Text>
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Group gap={6} wrap="nowrap">
              <IconWorld size={18} opacity={0.6} />
              <SegmentedControl
                size="xs"
                aria-label={t('settings.language')}
                value={i18n.language === 'fr' ? 'fr' : 'en'}
                onChange={(v) => prefs.setLanguage(v as 'en' | 'fr')}
                data={[
                  { value: 'en', label: 'EN' },
                  { value: 'fr', label: 'FR' },
                ]}
                data-testid="language-switch"
              />
            </Group>
            <Tooltip label={t('shortcuts.toggleTheme')}>
              <ActionIcon variant="default" size="lg" onClick={prefs.toggleColorScheme} aria-label={t('shortcuts.toggleTheme')} data-testid="theme-toggle">
                {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('settings.shortcuts')}>
              <ActionIcon variant="default" size="lg" onClick={help.open} aria-label={t('settings.shortcuts')}>
                <IconKeyboard size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      {visitId && (
        <AppShell.Navbar p="sm">
          <ScrollArea>
            <VisitNav visitId={visitId} />
          </ScrollArea>
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <ErrorBoundary>
          <Suspense
            fallback={
              <Center py={80}>
                <Loader />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
      {help.modal}
    </AppShell>
  );
}
