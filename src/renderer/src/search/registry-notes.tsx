import { checkNpi } from '../../../shared/validation/npi';
import { useDeskStore } from '../desk-store';
import { SettingsLink } from '../provider-data/settings-link';
import { OnlineLookupOffer } from '../provider/online-lookup-offer';

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
  const npi = checkNpi(query.trim());
  const unlisted = npi.ok && !answer.hits.some((hit) => hit.npi === npi.value) ? npi.value : null;
  const asked = online && online.npi === unlisted ? online : null;
  return (
    <div className="registry-note">
      {answer.registryImported ? null : (
        <p>
          Provider lookup needs the NPI registry file: import it in <SettingsLink />.
        </p>
      )}
      {answer.more ? <p>More providers match than are shown: add a word to narrow the search.</p> : null}
      {unlisted ? (
        <>
          {answer.registryImported ? (
            <p>The NPI registry on this computer does not list NPI {unlisted}.</p>
          ) : null}
          <OnlineLookupOffer
            npi={unlisted}
            asking={asked?.asking ?? false}
            problem={asked?.problem ?? null}
            onAsk={() => lookupOnline(unlisted)}
          />
        </>
      ) : null}
    </div>
  );
}
