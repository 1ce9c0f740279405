import type { ApiTransport } from '../../../shared/api-client';
import type { ElectronBridge } from '../../../shared/electron-bridge';
import { createElectronTransport } from './electron-transport';
import { createHttpTransport, takeTokenFromLocation } from './http-transport';

declare global {
  interface Window {
    api?: ElectronBridge;
  }
}

/** Chosen once at start-up: the Electron preload's window.api when present, otherwise the browser host. */
export function chooseTransport(): ApiTransport | { error: string } {
  if (window.api) return createElectronTransport(window.api);
  const token = takeTokenFromLocation();
  if (!token) return { error: 'missing_token' };
  return createHttpTransport(token);
}
