import { useNavigation } from '../navigation-store';

/** The heading Settings › Provider data starts with, for the links that lead there. */
export const providerDataHeadingId = 'provider-data-title';

/** Where the registry file is imported, one click away from wherever it is missed. */
export function SettingsLink() {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => useNavigation.getState().showSettingsSection(providerDataHeadingId)}
    >
      Settings → Provider data
    </button>
  );
}
