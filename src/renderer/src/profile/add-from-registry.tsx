import { useState } from 'react';
import type { ClinicProvider } from '../../../shared/clinic-profile';
import { nameWithCredential, primaryTaxonomy } from '../../../shared/provider-who-line';
import { spokenDay } from '../../../shared/spoken-day';
import { digitsOf } from '../../../shared/phone-number';
import { checkNpi } from '../../../shared/validation/npi';
import { useAnnouncer } from '../announcer';
import { callApi } from '../desk-api';
import { TextField } from '../fields/text-field';
import { useProviderData } from '../provider-data/provider-data-state';

/**
 * "Add from NPI registry": the clinic's provider list grows by one, named as the registry names
 * them. Each refusal says why (not an NPI, not in the registry, already listed, not a person).
 */
export function AddFromRegistry({
  providers,
  onAdd,
}: {
  providers: readonly ClinicProvider[];
  onAdd: (provider: Omit<ClinicProvider, 'id'>) => void;
}) {
  const announce = useAnnouncer((state) => state.announce);
  const registryImported = useProviderData((state) => state.status?.registry != null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const [asking, setAsking] = useState(false);

  function refuse(sentence: string) {
    setProblem(sentence);
    announce(sentence);
    document.getElementById('provider-to-add')?.focus();
  }

  async function add() {
    if (asking) return;
    setAdded('');
    const checked = checkNpi(text.trim());
    if (!checked.ok) return refuse(checked.error);
    const npi = checked.value;
    const listed = providers.find((provider) => digitsOf(provider.npi) === npi);
    if (listed)
      return refuse(`NPI ${npi} is already listed, as ${listed.name || 'a provider without a name'}.`);
    if (!registryImported) {
      return refuse(
        'Import the NPI registry in Settings → Provider data first, or add the provider by hand.',
      );
    }
    setAsking(true);
    const answer = await callApi('providers.get', { npi }).catch((error: unknown) =>
      error instanceof Error ? error.message : 'The NPI registry could not be read. Try again.',
    );
    setAsking(false);
    if (typeof answer === 'string') return refuse(answer);
    const { provider } = answer;
    if (!provider)
      return refuse(`The NPI registry on this computer does not list NPI ${npi}. Check the digits.`);
    if (provider.kind === 'organization') {
      return refuse(`NPI ${npi} is ${provider.name}, an organization: list its providers by their own NPIs.`);
    }
    if (provider.deactivatedOn) {
      return refuse(`NPI ${npi} (${provider.name}) was deactivated on ${spokenDay(provider.deactivatedOn)}.`);
    }
    const name = nameWithCredential(provider);
    onAdd({ name, npi, specialty: primaryTaxonomy(provider)?.specialty ?? '' });
    setText('');
    setProblem(null);
    const sentence = `Added ${name}. Save the clinic profile to keep it.`;
    setAdded(sentence);
    announce(sentence);
  }

  return (
    // Enter in the NPI adds the provider, where it would otherwise save the whole profile.
    <div
      className="add-from-registry"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          void add();
        }
      }}
    >
      <TextField
        id="provider-to-add"
        label="NPI of provider to add"
        inputMode="numeric"
        value={text}
        onChange={(value) => {
          setText(value);
          setProblem(null);
        }}
        error={problem ?? undefined}
      />
      <button type="button" aria-disabled={asking} onClick={() => void add()}>
        Add from NPI registry
      </button>
      <span className="added-status">{added}</span>
    </div>
  );
}
