import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { chooseTransport } from './api/transport';
import { NotAuthorised } from './app/NotAuthorised';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const transport = chooseTransport();
  if ('error' in transport) {
    initI18n(navigator.language.startsWith('fr') ? 'fr' : 'en');
    root.render(
      <MantineProvider>
        <NotAuthorised />
      </MantineProvider>,
    );
    return;
  }
  // Settings first, so the first frame is already in the user's language and theme.
  const settings = await transport.invoke('settings.get', {});
  initI18n(settings.ok ? settings.value.language : 'en');
  root.render(<App transport={transport} settings={settings.ok ? settings.value : null} />);
}

void start();
