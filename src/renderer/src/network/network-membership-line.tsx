import { useEffect, useState } from 'react';
import type { NetworkMembership } from '../../../shared/plan-net';
import { callApi } from '../desk-api';
import { useDeskStore } from '../desk-store';
import { useNetworkData } from './network-data-state';

/**
 * On an NPI registry card: whether the plan's network directory lists this NPI, and in which
 * networks, with the way to its network card. Says nothing while no network data is imported.
 */
export function NetworkMembershipLine({ npi }: { npi: string }) {
  const switches = useNetworkData((state) => state.switches);
  const [answer, setAnswer] = useState<{ npi: string; membership: NetworkMembership } | null>(null);

  useEffect(() => {
    let current = true;
    callApi('network.forNpi', { npi }).then(
      (membership) => {
        if (current) setAnswer({ npi, membership });
      },
      () => {
        if (current) setAnswer(null);
      },
    );
    return () => {
      current = false;
    };
  }, [npi, switches]);

  if (answer?.npi !== npi || !answer.membership.networkImported) return null;
  const { memberships } = answer.membership;
  if (memberships.length === 0)
    return <p className="network-membership">Not in the plan’s network directory</p>;
  const networks = [...new Set(memberships.flatMap((member) => member.networks))];
  return (
    <div className="network-membership">
      <p>
        <strong>In network:</strong>{' '}
        {networks.length > 0 ? networks.join(', ') : 'listed, with no network named'}
      </p>
      {memberships.map((member) => (
        <button
          key={member.key}
          type="button"
          onClick={() => useDeskStore.getState().openNetworkCard(member.key)}
        >
          Open the network card of {member.name}
        </button>
      ))}
    </div>
  );
}
