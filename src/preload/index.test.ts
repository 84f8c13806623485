import { describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../shared/api-channels';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => bridge.exposed.set(name, value) },
  ipcRenderer: { invoke: bridge.invoke },
}));

describe('the preload', () => {
  it('exposes window.api with one function per contract channel and nothing else', async () => {
    await import('./index');
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    const api = bridge.exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...apiChannels].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(await api['directory.search']?.({ query: 'fax' })).toEqual({
      ok: true,
      value: { channel: 'desk:directory.search', input: { query: 'fax' } },
    });
  });
});
