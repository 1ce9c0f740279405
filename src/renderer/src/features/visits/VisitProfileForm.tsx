import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { visitProfileSchema } from '../../../../shared/domain/visit';
import { zodFormValidator } from '../../app/form-validation';
import { formToProfile, type ProfileFormValues } from './profile-form';

interface Props {
  initial: ProfileFormValues;
  submitLabel: string;
  busy: boolean;
  onSubmit(profile: ReturnType<typeof formToProfile>): void;
  onCancel?(): void;
  /** Field errors from the main side, shown like local ones. */
  serverErrors?: Record<string, string>;
}

/** The city profile form, used to create a visit and to edit it on the Overview page. */
export function VisitProfileForm({ initial, submitLabel, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('visits');
  const form = useForm<ProfileFormValues>({
    initialValues: initial,
    validate: zodFormValidator(visitProfileSchema, formToProfile),
    validateInputOnBlur: true,
  });

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(formToProfile(values)))} noValidate data-testid="visit-form">
      <Stack gap="md">
        <TextInput label={t('fields.title')} placeholder={t('fields.titlePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('title')} data-testid="field-title" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.city')} withAsterisk {...form.getInputProps('city')} data-testid="field-city" />
          <TextInput label={t('fields.country')} {...form.getInputProps('country')} data-testid="field-country" />
          <NumberInput label={t('fields.population')} thousandSeparator=" " min={0} allowDecimal={false} {...form.getInputProps('population')} data-testid="field-population" />
          <NumberInput label={t('fields.foreignBornShare')} min={0} max={100} decimalScale={1} suffix=" %" {...form.getInputProps('foreignBornShare')} data-testid="field-foreign-born" />
          <DateInput label={t('fields.startDate')} valueFormat="D MMM YYYY" clearable {...form.getInputProps('startDate')} data-testid="field-start" />
          <DateInput label={t('fields.endDate')} valueFormat="D MMM YYYY" clearable {...form.getInputProps('endDate')} data-testid="field-end" />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('fields.experts')}
          </Text>
          {form.values.experts.map((_, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput placeholder={t('fields.expertName')} aria-label={t('fields.expertName')} style={{ flex: 2 }} {...form.getInputProps(`experts.${index}.name`)} />
              <TextInput placeholder={t('fields.expertRole')} aria-label={t('fields.expertRole')} style={{ flex: 2 }} {...form.getInputProps(`experts.${index}.role`)} />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('common:actions.remove')} onClick={() => form.removeListItem('experts', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('experts', { name: '', role: '' })} w="fit-content" data-testid="add-expert">
            {t('fields.addExpert')}
          </Button>
        </Stack>
        <Select
          label={t('fields.workingLanguage')}
          data={[
            { value: 'en', label: 'English' },
            { value: 'fr', label: 'Français' },
          ]}
          allowDeselect={false}
          {...form.getInputProps('workingLanguage')}
          w={220}
        />
        <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} data-testid="submit-visit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
