import { networkFiltersActive, noNetworkFilters, useDeskStore } from '../desk-store';
import { useNetworkData } from './network-data-state';

/** A select whose first choice means "no filter" (an empty value). */
function FilterSelect({
  id,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <div className="network-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Narrows the In network results by network, accepting new patients, language and specialty,
 * offering only what the imported directory holds. Shown once a directory is imported.
 */
export function NetworkFilters() {
  const choices = useNetworkData((state) => state.choices);
  const filters = useDeskStore((state) => state.networkFilters);
  const setFilters = useDeskStore((state) => state.setNetworkFilters);
  if (!choices) return null;
  return (
    <div role="group" aria-label="Network filters" className="network-filters">
      <FilterSelect
        id="network-filter-network"
        label="Network"
        anyLabel="All networks"
        value={filters.network}
        options={choices.networks.map((network) => ({ value: network.key, label: network.name }))}
        onChange={(network) => setFilters({ network })}
      />
      <FilterSelect
        id="network-filter-language"
        label="Language"
        anyLabel="Any language"
        value={filters.language}
        options={choices.languages.map((language) => ({ value: language.code, label: language.name }))}
        onChange={(language) => setFilters({ language })}
      />
      <FilterSelect
        id="network-filter-specialty"
        label="Specialty"
        anyLabel="Any specialty"
        value={filters.specialty}
        options={choices.specialties.map((specialty) => ({ value: specialty.code, label: specialty.name }))}
        onChange={(specialty) => setFilters({ specialty })}
      />
      <div className="check-field">
        <input
          id="network-filter-accepting"
          type="checkbox"
          checked={filters.acceptingNewPatients}
          onChange={(event) => setFilters({ acceptingNewPatients: event.target.checked })}
        />
        <label htmlFor="network-filter-accepting">Accepting new patients</label>
      </div>
      {networkFiltersActive(filters) ? (
        <button type="button" className="link-button" onClick={() => setFilters(noNetworkFilters)}>
          Clear network filters
        </button>
      ) : null}
    </div>
  );
}
