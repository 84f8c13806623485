import type {
  ProviderDataStatus,
  ProviderSearchResult,
  RegistryProvider,
} from '../../shared/npi-registry';

/**
 * The page's side of provider data: the NPI registry on this computer (npi.db), its imports,
 * and the one online lookup the registry's public API allows.
 */
export interface ProviderDataService {
  search(query: string): ProviderSearchResult;
  get(npi: string): { provider: RegistryProvider | null };
  lookupOnline(npi: string): Promise<{ provider: RegistryProvider | null; problem: string | null }>;
  status(): ProviderDataStatus;
  /** Starts an import of a staged file and returns at once; providers.changed tells the rest. */
  importFile(stagedFile: string, states: readonly string[] | null): ProviderDataStatus;
  cancelImport(): ProviderDataStatus;
  /** Stops an import under way and closes npi.db. */
  close(): Promise<void>;
}
