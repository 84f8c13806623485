import { describe, expect, it } from 'vitest';
import { readPlanNetSource } from './read-plan-net-source';
import { realDataFolder } from './plan-net-test-data';

describe('readPlanNetSource with an abort signal', () => {
  it('stops soon after Cancel and rejects with an AbortError', async () => {
    const controller = new AbortController();
    let batches = 0;
    const reading = readPlanNetSource(realDataFolder, {
      signal: controller.signal,
      onResources: () => {
        batches += 1;
        controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(batches).toBe(1);
  });

  it('reads nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    let resources = 0;
    const reading = readPlanNetSource(realDataFolder, {
      signal: controller.signal,
      onResources: (batch) => (resources += batch.length),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(resources).toBe(0);
  });
});
