import { expect } from 'vitest';
import { PlanNetRefusedError } from './plan-net-refused-error';

/** For tests: the refusal a read ends with, checked to promise that nothing was changed. */
export async function planNetRefusal(reading: Promise<unknown>): Promise<PlanNetRefusedError> {
  const error: unknown = await reading.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof PlanNetRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('invalid-input');
  expect(error.message).toMatch(/Nothing was changed\.$/);
  return error;
}
