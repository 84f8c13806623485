import type { ClinicProvider } from '../../../shared/clinic-profile';

/** Fills the request for one of the clinic's providers; typing a name instead is just as fine. */
export function ProviderPicker({
  providers,
  onPick,
}: {
  providers: ClinicProvider[];
  onPick: (values: { providerOrClinicName: string; specialty: string; npi: string }) => void;
}) {
  return (
    <div className="field field-long provider-picker">
      <label htmlFor="form-provider-picker">Fill in for a provider from your profile</label>
      <select
        id="form-provider-picker"
        defaultValue=""
        onChange={(event) => {
          const provider = providers.find((candidate) => candidate.id === event.target.value);
          if (provider)
            onPick({ providerOrClinicName: provider.name, specialty: provider.specialty, npi: provider.npi });
        }}
      >
        <option value="">Choose a provider, or type below</option>
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
            {provider.specialty ? ` (${provider.specialty})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
