import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

/** Dates and numbers in the UI language (dayjs locales, Intl). */
export const formatDate = (iso: string | null | undefined, lang: string): string => (iso ? dayjs(iso).locale(lang).format('D MMM YYYY') : '');

export const formatDateRange = (start: string | null, end: string | null, lang: string): string => {
  if (!start && !end) return '';
  if (!end || start === end) return formatDate(start ?? end, lang);
  if (!start) return formatDate(end, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
};

export const formatRelative = (iso: string, lang: string): string => dayjs(iso).locale(lang).fromNow();

export const formatNumber = (n: number | null | undefined, lang: string, digits = 0): string =>
  n === null || n === undefined ? '' : new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(n);

export const formatBytes = (bytes: number, lang: string): string => {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, lang, unit === 0 ? 0 : 1)} ${units[unit]}`;
};
