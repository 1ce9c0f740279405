import type { BrowserWindow, Dialog } from 'electron';
import type { PickFileOptions } from '../../shared/api-client';

/** Native open/save dialogs: the only way a file path enters the app in the Electron window. */
export interface Dialogs {
  pickFile(options: PickFileOptions): Promise<string | null>;
  saveFile(suggestedName: string): Promise<string | null>;
}

export function createDialogs(dialog: Dialog, parent: () => BrowserWindow | null): Dialogs {
  return {
    async pickFile(options) {
      const extensions = options.extensions.map((e) => e.replace(/[^A-Za-z0-9]/g, '')).filter(Boolean);
      const win = parent();
      const props = {
        title: options.title,
        properties: ['openFile' as const],
        filters: [{ name: options.filterName, extensions }],
      };
      const result = win ? await dialog.showOpenDialog(win, props) : await dialog.showOpenDialog(props);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
    },
    async saveFile(suggestedName) {
      const win = parent();
      const props = { defaultPath: suggestedName };
      const result = win ? await dialog.showSaveDialog(win, props) : await dialog.showSaveDialog(props);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
