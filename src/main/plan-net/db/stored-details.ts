import { z } from 'zod';
import { networkAddressSchema, networkSpecialtySchema } from '../../../shared/plan-net';

/**
 * What network.db keeps of a resource beyond its columns, for the card: a small JSON object per
 * resource. Its empty lists and nulls are left out when written (a million resources repeat
 * them), and the schemas put them back when read.
 */
const texts = z.array(z.string()).default([]);

export const providerDetailsSchema = z.object({
  addresses: z.array(networkAddressSchema).default([]),
  phones: texts,
  faxes: texts,
  /** BCP-47 codes, for a practitioner. */
  languages: texts,
});
export type ProviderDetails = z.infer<typeof providerDetailsSchema>;

export const locationDetailsSchema = z.object({
  address: networkAddressSchema.nullable().default(null),
  phones: texts,
  faxes: texts,
  hours: texts,
  accessibility: texts,
});
export type LocationDetails = z.infer<typeof locationDetailsSchema>;

/** A PractitionerRole's or an OrganizationAffiliation's own details. */
export const roleDetailsSchema = z.object({
  roleName: z.string().nullable().default(null),
  specialties: z.array(networkSpecialtySchema).default([]),
  phones: texts,
  faxes: texts,
  hours: texts,
});
export type RoleDetails = z.infer<typeof roleDetailsSchema>;

/** The details without their empty lists and nulls, as JSON. */
export function storedJson(details: Record<string, unknown>): string {
  // A copy of what is kept: deleting fields in place made V8 stringify a slow dictionary object.
  const kept: Record<string, unknown> = {};
  for (const field in details) {
    const value = details[field];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) kept[field] = value;
  }
  return JSON.stringify(kept);
}

export function readDetails<T>(schema: z.ZodType<T>, json: string | null): T {
  return schema.parse(json === null ? {} : JSON.parse(json));
}
