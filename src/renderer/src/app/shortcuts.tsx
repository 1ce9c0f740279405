import { useEffect, useState } from 'react';
import { Kbd, Modal, Table } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePreferences } from './preferences';
import { visitSections } from './visit-sections';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: { keys: string[]; labelKey: string }[] = [
  { keys: [MOD, 'N'], labelKey: 'shortcuts.newVisit' },
  { keys: ['Alt', '0'], labelKey: 'shortcuts.goLibrary' },
  { keys: ['Alt', '1…7'], labelKey: 'shortcuts.sectionN' },
  { keys: [MOD, 'J'], labelKey: 'shortcuts.toggleTheme' },
  { keys: [MOD, 'Shift', 'L'], labelKey: 'shortcuts.toggleLanguage' },
  { keys: ['F1'], labelKey: 'shortcuts.showHelp' },
];

let openHelp: () => void = () => {};

/** The help dialog listing the shortcuts; opened with F1, the header button or the Help menu. */
export function useShortcutsHelp() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    openHelp = () => setOpened(true);
  }, []);
  const modal = (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('settings.shortcuts')} centered>
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.labelKey}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(s.labelKey)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
  return { modal, open: () => setOpened(true) };
}

/** Global keyboard shortcuts; also answers the Electron menu's commands. */
export function GlobalShortcuts() {
  const navigate = useNavigate();
  const prefs = usePreferences();
  const visitMatch = useMatch('/visits/:visitId/*');
  const visitId = visitMatch?.params.visitId;
  const newVisit = () => navigate('/', { state: { newVisit: Date.now() } });

  const sectionKeys = visitSections.map((s, i): [string, () => void] => [
    `alt+${i + 1}`,
    () => visitId && navigate(s.path ? `/visits/${visitId}/${s.path}` : `/visits/${visitId}`),
  ]);
  useHotkeys([
    ['mod+N', newVisit],
    ['alt+0', () => navigate('/')],
    ['mod+J', prefs.toggleColorScheme],
    ['mod+shift+L', prefs.toggleLanguage],
    ['F1', () => openHelp()],
    ...sectionKeys,
  ]);

  useEffect(() => {
    if (!window.api) return;
    return window.api.onMenuCommand((command) => {
      if (command === 'new-visit') newVisit();
      if (command === 'show-shortcuts') openHelp();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
