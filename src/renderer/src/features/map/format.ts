export const formatDateTime = (iso: string, lang: 'en' | 'fr'): string =>
  new Date(iso).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
