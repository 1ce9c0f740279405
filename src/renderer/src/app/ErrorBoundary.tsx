import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Catches a crashing screen and offers a reload; saved work is in the visit file, not in the page. */
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[ui] screen crashed', error, info.componentStack);
  }

  override render() {
    const { t } = this.props;
    if (!this.state.error) return this.props.children;
    return (
      <Center p="xl" data-testid="error-boundary">
        <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.title')} maw={560}>
          <Stack gap="sm">
            <Text size="sm">{t('errors.unexpected')}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {this.state.error.message}
            </Text>
            <Button variant="light" color="red" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
}

export const ErrorBoundary = withTranslation('common')(ErrorBoundaryInner);
