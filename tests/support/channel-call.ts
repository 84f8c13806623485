import type { ApiChannel } from '../../src/shared/api-channels';
import type { ApiInput, ApiOutput } from '../../src/shared/api-contract';
import type { ApiResult } from '../../src/shared/desk-error';

/** A channel's input, which may be left out when the channel takes none. */
export type ChannelInput<C extends ApiChannel> =
  undefined extends ApiInput<C> ? [input?: ApiInput<C>] : [input: ApiInput<C>];

/**
 * A call a test makes through the contract: a renamed channel or a wrong input fails type-checking,
 * and the answer comes back with the channel's own type.
 */
export type ChannelCall = <C extends ApiChannel>(
  channel: C,
  ...input: ChannelInput<C>
) => Promise<ApiOutput<C>>;

/** An answer's value; a refusal throws, naming its code, so the test stops where the call failed. */
export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
