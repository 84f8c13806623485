import {
  browserTokenHeader,
  createBridge,
  type ApiChannel,
  type DeskBridge,
} from '../../shared/api-channels';
import { isDeskEventMessage, type DeskEventBridge, type DeskEventMessage } from '../../shared/api-events';
import type { ApiInput, ApiOutput } from '../../shared/api-contract';
import { DeskError, type ApiResult } from '../../shared/desk-error';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in browser mode. */
    readonly api?: DeskBridge;
    readonly deskEvents?: DeskEventBridge;
  }
}

/** Browser mode: the same calls over loopback HTTP, carrying the token from the printed URL. */
function httpBridge(token: string): DeskBridge {
  return createBridge(async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [browserTokenHeader]: token },
        body: JSON.stringify({ input }),
      });
    } catch {
      return failure('Provider Desk is not running. Start it again with npm run web.');
    }
    if (response.status === 401 || response.status === 403) {
      return failure(
        'This page is not connected to Provider Desk. Open the address that npm run web printed.',
      );
    }
    if (!response.ok) return failure(`Provider Desk answered with an error (${response.status}). Try again.`);
    return (await response.json()) as ApiResult<unknown>;
  });
}

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'not-allowed', message } };
}

function connect(): DeskBridge | null {
  if (window.api) return window.api;
  const token = new URLSearchParams(window.location.search).get('token');
  return token ? httpBridge(token) : null;
}

const bridge = connect();
const browserToken = window.api ? null : new URLSearchParams(window.location.search).get('token');

/**
 * Hears what main announces: over IPC in the app, as server-sent events in browser mode (the
 * browser reconnects the stream by itself). Returns how to stop listening.
 */
export function subscribeToDeskEvents(listener: (message: DeskEventMessage) => void): () => void {
  if (window.deskEvents) return window.deskEvents.subscribe(listener);
  if (!browserToken) return () => undefined;
  const stream = new EventSource(`/api/events?token=${encodeURIComponent(browserToken)}`);
  stream.onmessage = (event: MessageEvent<string>) => {
    const message: unknown = JSON.parse(event.data);
    if (isDeskEventMessage(message)) listener(message);
  };
  return () => stream.close();
}

/** True when the page was opened without the app behind it (no preload and no token). */
export const isConnected = bridge !== null;

/** Calls a channel and returns its value, or throws a DeskError with a sentence to show. */
export async function callApi<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  if (!bridge) throw new DeskError('not-allowed', 'Open the address that npm run web printed.');
  const call = bridge[channel] as (input: ApiInput<C>) => Promise<ApiResult<ApiOutput<C>>>;
  const result = await call(input);
  if (!result.ok) throw new DeskError(result.error.code, result.error.message);
  return result.value;
}
