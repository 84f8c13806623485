import { describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../shared/api-channels';
import type { DeskEventBridge, DeskEventMessage } from '../shared/api-events';
import type { DeskFileBridge } from '../shared/file-staging';

type Relay = (event: unknown, message: unknown) => void;

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
  listeners: new Map<string, (event: unknown, message: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => bridge.exposed.set(name, value) },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: Relay) => bridge.listeners.set(channel, listener),
    off: (channel: string) => bridge.listeners.delete(channel),
  },
  webUtils: { getPathForFile: (file: { name: string }) => `/home/desk/Downloads/${file.name}` },
}));

describe('the preload', () => {
  it('exposes window.api with one function per contract channel, and the event bridge, nothing else', async () => {
    await import('./index');
    expect([...bridge.exposed.keys()]).toEqual(['api', 'deskEvents', 'deskFiles']);
    const api = bridge.exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...apiChannels].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(await api['directory.search']?.({ query: 'fax' })).toEqual({
      ok: true,
      value: { channel: 'desk:directory.search', input: { query: 'fax' } },
    });
  });

  it('hands a chosen file to main by its path only, never its bytes', async () => {
    await import('./index');
    const files = bridge.exposed.get('deskFiles') as DeskFileBridge;
    const chosen = new File(['"NPI"'], 'NPPES_Data_Dissemination_November_2025.zip');
    expect(await files.stage(chosen)).toEqual({
      ok: true,
      value: {
        channel: 'desk:stage-file',
        input: '/home/desk/Downloads/NPPES_Data_Dissemination_November_2025.zip',
      },
    });
  });

  it('passes on only the events the contract names, with what they carry, and stops when asked', async () => {
    await import('./index');
    const events = bridge.exposed.get('deskEvents') as DeskEventBridge;
    const heard: DeskEventMessage[] = [];
    const stop = events.subscribe((message) => heard.push(message));
    const relay = bridge.listeners.get('desk:event');
    const changed = {
      event: 'outbox.changed',
      payload: { sending: true, online: true, counts: { sending: 1 } },
    };
    relay?.({}, changed);
    relay?.({}, { event: 'something.else', payload: {} });
    relay?.({}, 'outbox.changed');
    relay?.({}, null);
    expect(heard).toEqual([changed]);
    stop();
    expect(bridge.listeners.has('desk:event')).toBe(false);
  });
});
