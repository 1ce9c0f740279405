import { useState } from 'react';
import { Button, Modal, PasswordInput, Stack, Group, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiCallError, useApiMutation, useTransport } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';

/** "Import visit" on the visit list: picks an .iccvisit file and adds it as a new visit (asks for a passphrase if needed). */
export function ImportVisitButton() {
  const { t } = useTranslation('safety');
  const transport = useTransport();
  const navigate = useNavigate();
  const importVisit = useApiMutation('visits.import', { invalidates: ['visits.list', 'safety.status'] });
  const [encryptedToken, setEncryptedToken] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [picking, setPicking] = useState(false);

  const run = (fileToken: string, pass?: string) =>
    importVisit.mutate(
      { fileToken, passphrase: pass },
      {
        onSuccess: (v) => {
          setEncryptedToken(null);
          setPassphrase('');
          notifySuccess(t('import.done', { title: v.title ?? '' }));
          navigate(`/visits/${v.visitId}`);
        },
        onError: (error) => {
          // An encrypted file: ask for the passphrase (again, if it was wrong) instead of failing.
          if (error instanceof ApiCallError && error.apiError.code === 'wrong_passphrase' && !pass) setEncryptedToken(fileToken);
          else notifyError(error);
        },
      },
    );

  const pick = async () => {
    setPicking(true);
    try {
      const file = await transport.pickFile({ extensions: ['iccvisit'], filterName: t('import.filter'), title: t('import.button') });
      if (file) run(file.fileToken);
    } catch (error) {
      notifyError(error);
    } finally {
      setPicking(false);
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} />} loading={picking || importVisit.isPending} onClick={() => void pick()} data-testid="import-visit">
        {t('import.button')}
      </Button>
      <Modal opened={encryptedToken !== null} onClose={() => setEncryptedToken(null)} title={t('import.passphraseTitle')} centered>
        <Stack>
          <Text size="sm">{t('import.passphraseBody')}</Text>
          <PasswordInput label={t('encryption.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} data-testid="import-passphrase" autoFocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEncryptedToken(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button disabled={!passphrase} loading={importVisit.isPending} onClick={() => encryptedToken && run(encryptedToken, passphrase)} data-testid="import-passphrase-confirm">
              {t('import.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
