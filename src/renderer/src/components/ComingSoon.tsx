import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Placeholder for a section of the visit that a later version fills in. */
export function ComingSoon({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Center py={80}>
      <Paper withBorder p="xl" maw={520} data-testid="coming-soon">
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconTools size={30} />
          </ThemeIcon>
          <Title order={3}>{t(titleKey)}</Title>
          <Text c="dimmed" ta="center">
            {t('comingSoon')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
