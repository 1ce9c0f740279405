import { createContext, useContext, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiTransport } from '../../../shared/api-client';
import type { Input, MethodName, Output } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';

const TransportContext = createContext<ApiTransport | null>(null);

export function ApiProvider({ transport, children }: { transport: ApiTransport; children: ReactNode }) {
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

export function useTransport(): ApiTransport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('ApiProvider is missing');
  return transport;
}

/** An API error on the renderer side: keeps the code and the user-facing message from the main side. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
  }
}

export async function call<M extends MethodName>(transport: ApiTransport, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await transport.invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** Query keys start with the method name, so invalidating 'visits.list' refreshes every list. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  const transport = useTransport();
  return useQuery<Output<M>, ApiCallError>({ queryKey: [method, input], queryFn: () => call(transport, method, input), ...options });
}

export function useApiMutation<M extends MethodName>(method: M, options: { invalidates?: MethodName[] } = {}) {
  const transport = useTransport();
  const client = useQueryClient();
  return useMutation<Output<M>, ApiCallError, Input<M>>({
    mutationFn: (input) => call(transport, method, input),
    onSuccess: async () => {
      await Promise.all((options.invalidates ?? []).map((m) => client.invalidateQueries({ queryKey: [m] })));
    },
  });
}
