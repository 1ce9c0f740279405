import type { ApiTransport } from '../../../shared/api-client';
import type { ElectronBridge } from '../../../shared/electron-bridge';

const unwrap = async <T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
  const result = await p;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

export function createElectronTransport(bridge: ElectronBridge): ApiTransport {
  return {
    kind: 'electron',
    invoke: (method, input) => bridge.invoke(method, input) as never,
    pickFile: (options) => unwrap(bridge.pickFile(options)),
    saveFile: (fileToken, name) => unwrap(bridge.saveFile(fileToken, name)),
  };
}
