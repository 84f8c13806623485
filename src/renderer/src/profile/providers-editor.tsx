import type { ClinicProvider } from '../../../shared/clinic-profile';
import { TextField } from '../fields/text-field';
import { AddFromRegistry } from './add-from-registry';

interface ProvidersEditorProps {
  providers: ClinicProvider[];
  onChange: (providers: ClinicProvider[]) => void;
  onBlur: (path: string) => void;
  errorFor: (path: string) => string | undefined;
}

/** The clinic's providers: a row each, added and removed as staff join and leave. */
export function ProvidersEditor({ providers, onChange, onBlur, errorFor }: ProvidersEditorProps) {
  const update = (index: number, change: Partial<ClinicProvider>) =>
    onChange(providers.map((provider, at) => (at === index ? { ...provider, ...change } : provider)));

  return (
    <fieldset className="profile-section">
      <legend>Providers</legend>
      {providers.length === 0 ? <p className="field-hint">No providers yet.</p> : null}
      {providers.map((provider, index) => (
        <div key={provider.id} className="provider-row" role="group" aria-label={`Provider ${index + 1}`}>
          <TextField
            id={`provider-${provider.id}-name`}
            label="Name"
            value={provider.name}
            onChange={(name) => update(index, { name })}
            onBlur={() => onBlur(`providers.${index}.name`)}
            error={errorFor(`providers.${index}.name`)}
          />
          <TextField
            id={`provider-${provider.id}-npi`}
            label="Individual NPI"
            inputMode="numeric"
            size="short"
            value={provider.npi}
            onChange={(npi) => update(index, { npi })}
            onBlur={() => onBlur(`providers.${index}.npi`)}
            error={errorFor(`providers.${index}.npi`)}
          />
          <TextField
            id={`provider-${provider.id}-specialty`}
            label="Specialty"
            value={provider.specialty}
            onChange={(specialty) => update(index, { specialty })}
          />
          <button
            type="button"
            className="remove-row"
            aria-label={`Remove provider ${provider.name || index + 1}`}
            onClick={() => onChange(providers.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...providers, { id: newRowId(), name: '', npi: '', specialty: '' }])}
      >
        Add a provider
      </button>
      <AddFromRegistry
        providers={providers}
        onAdd={(provider) => onChange([...providers, { id: newRowId(), ...provider }])}
      />
    </fieldset>
  );
}

/** A key for a new row; getRandomValues works in every context the app runs in. */
function newRowId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
