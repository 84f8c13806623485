import type { NetworkHit } from '../../../shared/plan-net';
import { hitRoleLine } from './hit-line';

/**
 * An in-network provider in the results: the name, then a line per role. The name is marked as
 * the button that opens the card, which a click on it does through its option; it takes no focus
 * of its own, since the search box keeps focus while the arrow keys move through the options.
 */
export function NetworkHitBody({ hit }: { hit: NetworkHit }) {
  return (
    <>
      <span className="result-title" role="button">
        {hit.name}
      </span>
      {hit.roles.map((role) => (
        <span key={role.key} className="result-meta network-role-line">
          {hitRoleLine(role)}
          {role.incomplete ? <span className="badge-incomplete">Incomplete</span> : null}
        </span>
      ))}
    </>
  );
}
