import { useDeskStore } from '../desk-store';
import { resultKinds, type ResultFilter } from './result-groups';

const choices: { filter: ResultFilter; label: string }[] = [
  { filter: 'all', label: 'All' },
  ...resultKinds.map(({ kind, label }) => ({ filter: kind, label })),
];

/** Keeps one kind of result, or all: toggle buttons, the pressed one is the choice in force. */
export function ResultsFilter() {
  const filter = useDeskStore((state) => state.filter);
  const setFilter = useDeskStore((state) => state.setFilter);
  return (
    <div role="group" aria-label="Show results from" className="results-filter">
      {choices.map((choice) => (
        <button
          key={choice.filter}
          type="button"
          aria-pressed={filter === choice.filter}
          onClick={() => setFilter(choice.filter)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
