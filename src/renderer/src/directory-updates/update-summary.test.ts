import { describe, expect, it } from 'vitest';
import type { DirectoryChanges, LastUpdate } from '../../../shared/directory-update';
import { updateSentence } from './update-summary';

const entry = (key: string) => ({ key, title: key });
const noChanges: DirectoryChanges = { added: [], removed: [], changed: [], reconfirmed: 0 };

function update(changes: Partial<DirectoryChanges>, undo = false): LastUpdate {
  return {
    fromVersion: '2026.11.23',
    toVersion: '2026.11.30.1',
    appliedAt: '2026-11-30T17:00:00.000Z',
    undo,
    changes: { ...noChanges, ...changes },
    seen: false,
  };
}

describe('the sentence of the update banner', () => {
  it('counts entries added, removed and changed, naming entries once', () => {
    expect(
      updateSentence(
        update({
          added: [entry('a')],
          changed: [
            { ...entry('b'), values: [] },
            { ...entry('c'), values: [] },
          ],
        }),
      ),
    ).toBe("The plan's directory was updated to version 2026.11.30.1: 1 entry added, 2 changed.");
    expect(updateSentence(update({ removed: [entry('a'), entry('b')] }))).toBe(
      "The plan's directory was updated to version 2026.11.30.1: 2 entries removed.",
    );
  });

  it('says when only the dates moved, or nothing at all', () => {
    expect(updateSentence(update({ reconfirmed: 3 }))).toBe(
      "The plan's directory was updated to version 2026.11.30.1: no entry changed; the plan's page showed 3 values again.",
    );
    expect(updateSentence(update({}))).toBe(
      "The plan's directory was updated to version 2026.11.30.1: no entry changed.",
    );
  });

  it('says an undo went back, to which version', () => {
    expect(updateSentence(update({ changed: [{ ...entry('b'), values: [] }] }, true))).toBe(
      'The directory update was undone: back to version 2026.11.30.1.',
    );
  });
});
