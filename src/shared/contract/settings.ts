import { z } from 'zod';
import { method } from './define';
import { settingsPatchSchema, type AppInfo, type Settings } from '../domain/settings';

export const settingsContract = {
  'app.info': method(z.object({}))<AppInfo>(),
  'settings.get': method(z.object({}))<Settings>(),
  'settings.update': method(settingsPatchSchema)<Settings>(),
};
