import { checkNpi } from '../../../shared/validation/npi';
import { useDeskStore } from '../desk-store';
import { SettingsLink } from '../provider-data/settings-link';

/**
 * What the NPI registry part of the results says besides its hits: that provider lookup needs
 * the registry file, that it could not answer, that more matched, or that an NPI it does not
 * list can be asked of the registry online.
 */
export function RegistryNotes() {
  const query = useDeskStore((state) => state.query);
  const answer = useDeskStore((state) => state.providerResult);
  const problem = useDeskStore((state) => state.providerProblem);
  const online = useDeskStore((state) => state.online);
  const lookupOnline = useDeskStore((state) => state.lookupOnline);

  if (problem) return <p className="registry-note">The NPI registry could not be searched: {problem}</p>;
  if (!answer || answer.query !== query) return null;
  if (!answer.registryImported) {
    return (
      <p className="registry-note">
        Provider lookup needs the NPI registry file: import it in <SettingsLink />.
      </p>
    );
  }
  const npi = checkNpi(query.trim());
  const listed = npi.ok && answer.hits.some((hit) => hit.npi === npi.value);
  return (
    <>
      {answer.more ? (
        <p className="registry-note">More providers match than are shown: add a word to narrow the search.</p>
      ) : null}
      {npi.ok && !listed ? (
        <div className="registry-note">
          <p>The NPI registry on this computer does not list NPI {npi.value}.</p>
          <button
            type="button"
            aria-disabled={online?.npi === npi.value && online.asking}
            onClick={() => {
              if (!(online?.npi === npi.value && online.asking)) lookupOnline(npi.value);
            }}
          >
            Look up NPI {npi.value} online
          </button>
          {online?.npi === npi.value && online.asking ? <p>Asking the NPI registry…</p> : null}
          {online?.npi === npi.value && online.problem ? <p>{online.problem}</p> : null}
        </div>
      ) : null}
    </>
  );
}

