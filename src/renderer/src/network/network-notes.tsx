import { useDeskStore } from '../desk-store';
import { PlanNetworkLink } from './plan-network-link';

/**
 * What the In network part of the results says besides its hits: where to get the plan's
 * directory before any import, that it could not answer, or that more matched than are shown.
 */
export function NetworkNotes() {
  const answer = useDeskStore((state) => state.networkResult);
  const problem = useDeskStore((state) => state.networkProblem);
  if (problem)
    return <p className="network-note">The plan’s network directory could not be searched: {problem}</p>;
  if (!answer) return null;
  if (!answer.networkImported) {
    return (
      <div role="group" aria-label="In network" className="network-note">
        <p>
          Import the plan’s provider directory in <PlanNetworkLink /> to see who is in network.
        </p>
      </div>
    );
  }
  if (!answer.more) return null;
  return (
    <p className="network-note">More in-network providers match than are shown: add a word or a filter.</p>
  );
}
