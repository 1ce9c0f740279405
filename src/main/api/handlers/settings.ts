import type { settingsContract } from '../../../shared/contract/settings';
import type { HandlerGroup } from '../dispatcher';

export const settingsHandlers: HandlerGroup<keyof typeof settingsContract> = {
  'app.info': (_input, ctx) => ({ version: ctx.appVersion, transport: ctx.transport, dataDir: ctx.dataDir, platform: process.platform }),
  'settings.get': (_input, { settings }) => settings.get(),
  'settings.update': (patch, { settings }) => settings.update(patch),
};
