/** Workshop timer: a countdown the facilitator starts and pauses; turns red in the last minute. */
import { useEffect, useState } from 'react';
import { ActionIcon, Group, NumberInput, Text, Tooltip } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function WorkshopTimer() {
  const { t } = useTranslation('map');
  const [minutes, setMinutes] = useState(20);
  const [left, setLeft] = useState(20 * 60);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(id);
  }, [running]);
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <Group gap="xs" wrap="nowrap" data-testid="workshop-timer">
      <Text fw={800} ff="monospace" fz={30} c={left <= 60 ? 'red.5' : undefined} aria-live="off">{mm}:{ss}</Text>
      <Tooltip label={running ? t('workshopBar.pause') : t('workshopBar.start')}>
        <ActionIcon size="lg" variant="filled" onClick={() => setRunning((r) => !r)} aria-label={running ? t('workshopBar.pause') : t('workshopBar.start')}>
          {running ? <IconPlayerPause /> : <IconPlayerPlay />}
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('workshopBar.reset')}>
        <ActionIcon size="lg" variant="default" onClick={() => (setRunning(false), setLeft(minutes * 60))} aria-label={t('workshopBar.reset')}>
          <IconRefresh />
        </ActionIcon>
      </Tooltip>
      <NumberInput w={80} min={1} max={240} value={minutes} onChange={(v) => { const m = Number(v) || 1; setMinutes(m); if (!running) setLeft(m * 60); }} suffix={` ${t('workshopBar.minutes')}`} aria-label={t('workshopBar.timer')} />
    </Group>
  );
}
