import { z } from 'zod';
import { linkUrlSchema, type DirectoryEntry } from '../directory-pack';

/**
 * Where a finished form goes, read from its directory entry so that an update can move it without
 * a code change: to the entry's e-mail box while it lists one, or else to the web form the plan's
 * page names there.
 */
export const formRouteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), address: z.string() }),
  z.object({ kind: z.literal('web-form'), label: z.string(), url: linkUrlSchema }),
]);

export type FormRoute = z.infer<typeof formRouteSchema>;
export type WebFormRoute = Extract<FormRoute, { kind: 'web-form' }>;

/** The entry's route, or null when it names neither an e-mail box nor a web page. */
export function formRoute(entry: Pick<DirectoryEntry, 'values'>): FormRoute | null {
  const box = entry.values.find((value) => value.kind === 'email');
  if (box?.kind === 'email') return { kind: 'email', address: box.address };
  const page = entry.values.find((value) => value.kind === 'web');
  if (page?.kind === 'web') return { kind: 'web-form', label: page.label, url: page.url };
  return null;
}

/** Said wherever such a form is shown or refused, so the page and main say it the same way. */
export function takenOnWebForm(plan: string, route: WebFormRoute): string {
  return `${plan || 'The plan'} now takes this on its web form: ${route.label}.`;
}
