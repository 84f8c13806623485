import { useDeskStore } from '../desk-store';
import { useNetworkData } from './network-data-state';

/**
 * With nothing typed, the way to the plan network's filters: "who in this network takes new
 * patients" is a question without a name to type.
 */
export function FindInNetwork() {
  const imported = useNetworkData((state) => state.choices !== null);
  if (!imported) return null;
  return (
    <p className="find-in-network">
      <button type="button" onClick={() => useDeskStore.getState().setFilter('network')}>
        Find in-network providers
      </button>
    </p>
  );
}
