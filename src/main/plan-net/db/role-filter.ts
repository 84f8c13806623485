/** The filters as the search's SQL binds them. */
export interface FilterParameters {
  filtered: number;
  networkRid: number | null;
  accepting: number;
  specialty: string | null;
  language: string | null;
}

/** A role (`x`) passes the filters; all pass when none is set. */
export const roleFilter = `(@filtered = 0 OR (
  (@networkRid IS NULL OR EXISTS (SELECT 1 FROM role_networks n WHERE n.role_rid = x.rid AND n.network_rid = @networkRid))
  AND (@accepting = 0 OR x.accepting = 'yes')
  AND (@specialty IS NULL OR EXISTS (SELECT 1 FROM role_specialties s WHERE s.role_rid = x.rid AND s.code = @specialty))
  AND (@language IS NULL OR EXISTS (SELECT 1 FROM provider_languages g WHERE g.provider_rid = x.provider_rid AND g.code = @language))))`;
