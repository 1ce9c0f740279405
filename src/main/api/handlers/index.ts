/** Joins each capability's handlers into the one table the dispatcher needs; the type proves none is missing. */
import type { Handlers } from '../dispatcher';
import { exportsHandlers } from './exports';
import { indexReportsHandlers } from './index-reports';
import { interviewsHandlers } from './interviews';
import { mapHandlers } from './map';
import { safetyHandlers } from './safety';
import { settingsHandlers } from './settings';
import { strategyHandlers } from './strategy';
import { visitsHandlers } from './visits';

export const handlers: Handlers = {
  ...settingsHandlers,
  ...indexReportsHandlers,
  ...visitsHandlers,
  ...interviewsHandlers,
  ...mapHandlers,
  ...exportsHandlers,
  ...strategyHandlers,
  ...safetyHandlers,
};
