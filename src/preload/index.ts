/**
 * The preload builds one typed object, window.api, from three IPC channels. The page never sees
 * ipcRenderer itself, so it can only make the calls the contract defines.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC } from '../shared/ipc-channels';
import type { ElectronBridge } from '../shared/electron-bridge';

const bridge: ElectronBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC.invoke, method, input),
  pickFile: (options) => ipcRenderer.invoke(IPC.pickFile, options),
  saveFile: (fileToken, suggestedName) => ipcRenderer.invoke(IPC.saveFile, fileToken, suggestedName),
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: string) => listener(command);
    ipcRenderer.on(IPC.menuCommand, wrapped);
    return () => ipcRenderer.removeListener(IPC.menuCommand, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', bridge);
