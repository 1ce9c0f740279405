/** The only IPC channels between preload and main. Shared by both sides (no electron import here). */
export const IPC = {
  invoke: 'icc:api-invoke',
  pickFile: 'icc:pick-file',
  saveFile: 'icc:save-file',
  /** main -> renderer: a menu command (new-visit, show-shortcuts). */
  menuCommand: 'icc:menu-command',
} as const;
