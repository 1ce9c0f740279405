import type { ReactNode } from 'react';
import { Badge, Blockquote, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { CODE_COLORS, type CodedPassage } from '../../../../shared/domain/interviews';
import { formatDate } from '../../app/format';
import { scopeColor, useOptions } from './options';

/**
 * One coded passage as the findings show it. Quotes follow consent: the speaker's name only when they
 * agreed to be quoted by name, "a participant" when anonymously, and a clear warning when not at all.
 */
export function PassageCard({ p, stakeholderName, showMeeting = true, actions }: { p: CodedPassage; stakeholderName: (id: string) => string; showMeeting?: boolean; actions?: ReactNode }) {
  const o = useOptions();
  const isQuote = p.code === 'quote';
  const attribution = p.consent.scope === 'quote_by_name' ? o.t('findings.attributedTo', { name: p.consent.attribution }) : p.consent.scope === 'quote_anonymously' ? o.t('findings.anonymous') : null;
  return (
    <Paper withBorder p="sm" data-testid="passage-card" data-code={p.code}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap={6}>
            <Badge color={CODE_COLORS[p.code]} variant="filled" size="sm">
              {o.t(`codes.${p.code}`)}
            </Badge>
            {isQuote && (
              <Tooltip label={o.t('findings.consentTooltip')} multiline w={260}>
                <Badge color={scopeColor[p.consent.scope]} variant="light" size="sm" data-testid="passage-consent">
                  {p.consent.scope === 'no_quote' ? o.t('findings.notQuotable') : o.t(`consentScope.${p.consent.scope}`)}
                </Badge>
              </Tooltip>
            )}
          </Group>
          {actions && <Group gap={4} wrap="nowrap">{actions}</Group>}
        </Group>
        {isQuote ? (
          <Blockquote color={CODE_COLORS.quote} p="xs" py={6} style={{ opacity: p.consent.scope === 'no_quote' ? 0.75 : 1 }}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="passage-text">
              “{p.text}”
            </Text>
            {attribution && (
              <Text size="xs" c="dimmed" mt={4} data-testid="passage-attribution">
                {attribution}
              </Text>
            )}
          </Blockquote>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="passage-text">
            {p.text}
          </Text>
        )}
        {p.comment && (
          <Text size="xs" c="dimmed" fs="italic">
            {p.comment}
          </Text>
        )}
        <Group gap={4}>
          {p.policyAreas.map((a) => (
            <Badge key={a} size="xs" variant="outline" color="gray">
              {o.areaName(a)}
            </Badge>
          ))}
          {/* A quote's speakers are named only with consent to be quoted by name. */}
          {isQuote && p.consent.scope !== 'quote_by_name' && p.stakeholderIds.length > 0 ? (
            <Badge size="xs" variant="light" color="gray" tt="none">
              {o.t('findings.speakersHidden', { count: p.stakeholderIds.length })}
            </Badge>
          ) : null}
          {(!isQuote || p.consent.scope === 'quote_by_name' ? p.stakeholderIds : []).map((s) => (
            <Badge key={s} size="xs" variant="light" color="blue" tt="none">
              {stakeholderName(s)}
            </Badge>
          ))}
          {showMeeting && (
            <Text size="xs" c="dimmed" ml="auto">
              {p.meetingTitle}
              {p.meetingDate ? ` · ${formatDate(p.meetingDate, o.lang)}` : ''}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
