import { useNavigation } from '../navigation-store';

/** The heading Settings › Provider data starts with, for the links that lead there. */
export const providerDataHeadingId = 'provider-data-title';

/** Where the data is imported, one click away from wherever it is missed: Provider data unless told. */
export function SettingsLink({
  headingId = providerDataHeadingId,
  section = 'Provider data',
}: {
  headingId?: string;
  section?: string;
}) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => useNavigation.getState().showSettingsSection(headingId)}
    >
      Settings → {section}
    </button>
  );
}
