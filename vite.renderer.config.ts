/** The renderer alone in a browser dev server (electron-vite dev would try to start Electron). */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/renderer',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('dev') },
});
