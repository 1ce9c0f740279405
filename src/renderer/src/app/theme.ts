import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Council of Europe blue as the primary colour; readable type sizes for projectors. */
const coeBlue: MantineColorsTuple = ['#e8f1fb', '#d0e0f3', '#a1bfe6', '#6d9cd9', '#4380ce', '#286ec8', '#1864c6', '#0a53af', '#00499d', '#003f8b'];

export const theme = createTheme({
  primaryColor: 'coe',
  colors: { coe: coeBlue },
  primaryShade: { light: 7, dark: 5 },
  fontFamily: 'Inter, "Segoe UI", "Noto Sans", "Liberation Sans", system-ui, -apple-system, sans-serif',
  headings: { fontFamily: 'Inter, "Segoe UI", "Noto Sans", "Liberation Sans", system-ui, sans-serif', fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
  },
});
