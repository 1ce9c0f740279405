import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Dispatch } from '../api/dispatcher';
import type { FileRegistry } from '../services/file-registry';
import { fail, ok } from '../../shared/result';
import type { PickFileOptions } from '../../shared/api-client';
import { IPC } from '../../shared/ipc-channels';
import { isAllowedUrl } from './window';
import type { Dialogs } from './dialogs';

/** Only the app's own top-level page may call the API: not an iframe, not a page it navigated to. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, origins: string[]): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isAllowedUrl(frame.url, origins);
}

const refused = () => fail('internal', 'This request did not come from ICC Workbench’s own window and was refused.');

export function bindIpc(ipcMain: IpcMain, deps: { dispatch: Dispatch; files: FileRegistry; dialogs: Dialogs; origins: string[] }): void {
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event.senderFrame, deps.origins);

  ipcMain.handle(IPC.invoke, (event, method: unknown, input: unknown) => {
    if (!trusted(event)) return refused();
    return deps.dispatch(String(method), input);
  });

  ipcMain.handle(IPC.pickFile, async (event, options: PickFileOptions) => {
    if (!trusted(event)) return refused();
    const path = await deps.dialogs.pickFile(options);
    if (!path) return ok(null);
    const fileToken = deps.files.registerPath(path);
    const file = deps.files.resolve(fileToken);
    return ok({ fileToken, name: file.name, size: file.size });
  });

  ipcMain.handle(IPC.saveFile, async (event, fileToken: unknown, suggestedName: unknown) => {
    if (!trusted(event)) return refused();
    try {
      deps.files.resolve(String(fileToken));
    } catch {
      return fail('not_found', 'This file is no longer available. Export it again.');
    }
    const destination = await deps.dialogs.saveFile(String(suggestedName));
    if (!destination) return ok({ saved: false });
    try {
      deps.files.copyTo(String(fileToken), destination);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return fail(code === 'ENOSPC' ? 'disk_full' : 'not_writable', code === 'ENOSPC' ? 'The disk is full. Free some space or choose another place.' : 'The file could not be written there. Choose another folder.');
    }
    return ok({ saved: true });
  });
}
