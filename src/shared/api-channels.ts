import type { ApiInput, ApiOutput } from './api-contract';
import type { ApiResult } from './desk-error';

/**
 * Channel names on their own, so the sandboxed preload can build window.api without bundling
 * zod. The contract's `satisfies Record<ApiChannel, …>` keeps this list and the schemas in step.
 */
export const apiChannels = [
  'app.info',
  'directory.search',
  'directory.browse',
  'directory.entry',
  'profile.get',
  'profile.save',
  'profile.update',
  'profile.dismissWelcome',
  'forms.route',
  'forms.preview',
  'forms.answers',
  'forms.queue',
  'forms.exportEml',
  'forms.mailto',
  'drafts.list',
  'drafts.get',
  'drafts.save',
  'drafts.delete',
  'outbox.list',
  'outbox.get',
  'outbox.status',
  'outbox.sendNow',
  'outbox.retry',
  'outbox.cancel',
  'outbox.sendToNewAddress',
  'mail.getSettings',
  'mail.saveSettings',
  'mail.testConnection',
  'app.diagnostics',
  'directory.updateStatus',
  'directory.importFile',
  'directory.undoUpdate',
  'directory.markUpdateSeen',
  'directory.setFeed',
  'directory.checkFeed',
  'providers.search',
  'providers.get',
  'providers.lookupOnline',
  'providers.status',
  'providers.importFile',
  'providers.cancelImport',
  'network.search',
  'network.get',
  'network.forNpi',
  'network.filterChoices',
  'network.status',
  'network.import',
  'network.cancelImport',
] as const;

export type ApiChannel = (typeof apiChannels)[number];

/** IPC channel names carry a prefix so they cannot collide with Electron's own. */
export const ipcChannelPrefix = 'desk:';

/** Browser mode: the header every API call carries the token of the printed address in. */
export const browserTokenHeader = 'x-provider-desk-token';

export function isApiChannel(value: unknown): value is ApiChannel {
  return typeof value === 'string' && (apiChannels as readonly string[]).includes(value);
}

/**
 * window.api: one named function per channel. Answers come back as ApiResult envelopes because
 * an Error's class and code do not survive Electron's context bridge.
 */
export type DeskBridge = {
  readonly [C in ApiChannel]: (input: ApiInput<C>) => Promise<ApiResult<ApiOutput<C>>>;
};

/** How a transport carries one call: IPC in the app, loopback HTTP in browser mode. */
export type ChannelCaller = (channel: ApiChannel, input: unknown) => Promise<ApiResult<unknown>>;

export function createBridge(callChannel: ChannelCaller): DeskBridge {
  const entries = apiChannels.map((channel) => [channel, (input: unknown) => callChannel(channel, input)]);
  // The answer's type is guaranteed by main, which checks every output against the contract.
  return Object.freeze(Object.fromEntries(entries)) as DeskBridge;
}
