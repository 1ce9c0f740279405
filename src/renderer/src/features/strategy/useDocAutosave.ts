import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { StrategyDoc } from '../../../../shared/domain/strategy';
import { call, useTransport } from '../../api/api-context';
import { notifyError } from '../../app/notify';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Local copy of the document fields, saved 600 ms after the last keystroke (and at most every 3 s while
 * typing, and when the page closes). Only changed fields are sent, so two tabs editing different fields
 * do not overwrite each other. One save in flight at a time.
 */
export function useDocAutosave(visitId: string, server: StrategyDoc | undefined) {
  const transport = useTransport();
  const client = useQueryClient();
  const [doc, setDoc] = useState<StrategyDoc | undefined>(server);
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<Partial<StrategyDoc>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPending = useRef<number | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  useEffect(() => {
    if (server && !doc) setDoc(server);
  }, [server, doc]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    firstPending.current = null;
    setState('saving');
    inFlight.current = call(transport, 'strategy.updateDoc', { visitId, patch })
      .then((strategy) => {
        client.setQueryData(['strategy.get', { visitId }], strategy);
        setState(Object.keys(pending.current).length ? 'saving' : 'saved');
      })
      .catch((error: unknown) => {
        // Keep the edit so the next keystroke retries it; the message says what to do.
        pending.current = { ...patch, ...pending.current };
        setState('error');
        notifyError(error);
      })
      .finally(() => (inFlight.current = null));
    await inFlight.current;
  }, [client, transport, visitId]);

  const change = useCallback(
    <K extends keyof StrategyDoc>(key: K, value: StrategyDoc[K]) => {
      setDoc((d) => (d ? { ...d, [key]: value } : d));
      pending.current = { ...pending.current, [key]: value };
      firstPending.current ??= Date.now();
      setState('saving');
      if (timer.current) clearTimeout(timer.current);
      const waited = Date.now() - firstPending.current;
      timer.current = setTimeout(() => void flush(), waited > 3000 ? 0 : 600);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);

  return { doc, change, state, flush };
}
