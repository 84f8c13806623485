import type { z } from 'zod';
import { isApiChannel } from '../../shared/api-channels';
import { apiContract } from '../../shared/api-contract';
import { DeskError, type ApiResult } from '../../shared/desk-error';
import { consoleDeskLog, type DeskLog } from '../logging/desk-log';
import { describeError } from '../logging/scrub-text';
import type { ApiHandlers } from './api-handlers';

/** What the door records of a failed call: the channel and the error's code, never the input. */
export type ApiCallLog = Pick<DeskLog, 'warn' | 'error'>;

/**
 * The door every call comes through, whichever transport carried it: the channel must exist,
 * the input must pass its schema before any domain code runs, and the answer must match the
 * contract. Failures come back as typed errors, never as thrown exceptions.
 */
export async function invokeChannel(
  handlers: ApiHandlers,
  channel: unknown,
  input: unknown,
  log: ApiCallLog = consoleDeskLog,
): Promise<ApiResult<unknown>> {
  if (!isApiChannel(channel)) {
    // The name itself came from outside and could be anything: only the fact is recorded.
    log.warn('api.refused', { code: 'unknown-channel' });
    return failure(new DeskError('unknown-channel', 'Provider Desk received a request it does not know.'));
  }
  const spec = apiContract[channel];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    log.warn('api.refused', { channel, code: 'invalid-input' });
    return failure(
      new DeskError(
        'invalid-input',
        `Provider Desk could not read a request (${describeIssues(parsed.error)}). Reload the window and try again.`,
      ),
    );
  }
  try {
    // TypeScript cannot pair a handler with its own channel's input through a union of channels;
    // the schema lookup above is that pairing, made at run time.
    const handler = handlers[channel] as (input: unknown) => unknown;
    const output = (spec.output as z.ZodType).parse(await handler(parsed.data));
    return { ok: true, value: output };
  } catch (error) {
    if (error instanceof DeskError) {
      log.warn('api.refused', { channel, code: error.code });
      return failure(error);
    }
    log.error('api.failed', { channel, code: 'internal', detail: describeError(error) });
    return failure(
      new DeskError(
        'internal',
        'Something went wrong inside Provider Desk. Try again; if it keeps happening, restart the app.',
      ),
    );
  }
}

function failure(error: DeskError): ApiResult<never> {
  return { ok: false, error: { code: error.code, message: error.message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
}
