import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ModalsProvider } from '@mantine/modals';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiTransport } from '../../../shared/api-client';
import type { Settings } from '../../../shared/domain/settings';
import { ApiProvider } from '../api/api-context';
import { VisitListPage } from '../features/visits/VisitListPage';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { PreferencesProvider } from './preferences';
import { GlobalShortcuts } from './shortcuts';
import { theme } from './theme';
import { visitSections } from './visit-sections';
import { Outlet } from 'react-router';

function Root() {
  return (
    <PreferencesProvider>
      <GlobalShortcuts />
      <AppLayout />
    </PreferencesProvider>
  );
}

const router = createHashRouter([
  {
    element: <Root />,
    children: [
      { index: true, element: <VisitListPage /> },
      {
        path: 'visits/:visitId',
        element: <Outlet />,
        children: visitSections.map((s) => (s.path ? { path: s.path, element: <s.Page /> } : { index: true, element: <s.Page /> })),
      },
    ],
  },
]);

function Localised({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'fr' ? 'fr' : 'en', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App({ transport, settings }: { transport: ApiTransport; settings: Settings | null }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 5_000 } } });
  return (
    <MantineProvider theme={theme} defaultColorScheme={settings?.colorScheme ?? 'auto'}>
      <Notifications position="bottom-right" />
      <ErrorBoundary>
        <ApiProvider transport={transport}>
          <QueryClientProvider client={queryClient}>
            <Localised>
              <ModalsProvider>
                <RouterProvider router={router} />
              </ModalsProvider>
            </Localised>
          </QueryClientProvider>
        </ApiProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
