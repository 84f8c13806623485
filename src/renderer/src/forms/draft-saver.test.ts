import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormValues } from '../../../shared/forms/form-spec';

/** Each draft write waits until the test lets it finish, as a slow disk or a busy main would. */
const writes = vi.hoisted(() => ({
  open: [] as { values: unknown; finish: () => void }[],
}));

vi.mock('../desk-api', () => ({
  callApi: (_channel: string, input: { values: unknown }) =>
    new Promise((resolve) =>
      writes.open.push({ values: input.values, finish: () => resolve({ id: 'draft-1', updatedAt: '' }) }),
    ),
}));

const { createDraftSaver } = await import('./draft-saver');

beforeEach(() => {
  writes.open.length = 0;
});

const typed = (text: string): FormValues => ({ question: text });

/** Lets the oldest write finish. */
const finishWrite = () => writes.open.shift()?.finish();

describe('the draft saver', () => {
  it('says saved only once what was typed last is written, never while newer values wait', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver('claims-inquiry', null, {
      saved: (id) => saved.push(id),
      failed: () => undefined,
    });
    saver.save(typed('first'));
    saver.save(typed('second'));
    saver.save(typed('third'));
    expect(writes.open.map((write) => write.values)).toEqual([typed('first')]);

    finishWrite();
    // Once the saver has taken the answer for 'first' it writes 'third', which waited: saying
    // "saved" before that would let the desk close the window too soon.
    await vi.waitFor(() => expect(writes.open.map((write) => write.values)).toEqual([typed('third')]));
    expect(saved).toEqual([]);

    finishWrite();
    await vi.waitFor(() => expect(saved).toEqual(['draft-1']));
    expect(writes.open).toEqual([]);
  });
});
