import { Alert, Center, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** Shown in a browser tab opened without the host's token: nothing of the library is reachable. */
export function NotAuthorised() {
  return (
    <Center h="100vh" p="xl">
      <Alert icon={<IconLock />} title="ICC Workbench" color="orange" maw={560} data-testid="not-authorised">
        <Text size="sm">
          This page is not authorised to open your visits. Open the address that ICC Workbench printed when it started (it contains a
          one-time key).
        </Text>
        <Text size="sm" mt="xs" lang="fr">
          Cette page n’est pas autorisée à ouvrir vos visites. Ouvrez l’adresse affichée par ICC Workbench au démarrage (elle contient une
          clé à usage unique).
        </Text>
      </Alert>
    </Center>
  );
}
