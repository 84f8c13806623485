import type { FhirResource } from '../../src/main/plan-net/fhir-resource';
import { planNetResourceTypes } from '../../src/main/plan-net/fhir-resource';
import { referenceKey } from '../../src/main/plan-net/resolve-references';
import { syntheticNpi } from '../synthetic-nppes/synthetic-npi';
import type { CopyPlan } from './copy-plan';
import { mixed } from './mixed';
import { npiSystem, objects, type RealSet } from './real-set';
import { placeOf, practitionerName } from './recombined';
import { TemplateBuilder, type ResourceTemplate } from './resource-template';

const json = (value: string) => JSON.stringify(value);

/**
 * The template of the `index`-th real resource of its type: in copy k its id and the ids it
 * references gain "-k" (or the whole copy's, see CopyPlan), its NPIs are new, a practitioner's
 * name and every address are recombined; everything else is the real resource as it is.
 * Networks and plans are copied too, as a national plan has networks per region: a million
 * resources hold some 190 copies of the 13 networks, so a network filter picks a small share of roles.
 */
export function copyTemplate(
  resource: FhirResource,
  index: number,
  real: RealSet,
  plan: CopyPlan,
): ResourceTemplate {
  const builder = new TemplateBuilder();
  const typeNumber = planNetResourceTypes.findIndex((type) => type === resource.resourceType);
  let addresses = 0;

  const markPlace = (address: Record<string, unknown>) => {
    const ordinal = mixed(typeNumber, index, addresses++);
    const lines = Array.isArray(address['line']) ? address['line'].join(', ') : '';
    const place = (copy: number) => placeOf(real, ordinal, copy);
    address['city'] = builder.mark((copy) => json(place(copy).city));
    address['state'] = builder.mark((copy) => json(place(copy).state));
    address['postalCode'] = builder.mark((copy) => json(place(copy).postalCode));
    if (typeof address['text'] === 'string') {
      address['text'] = builder.mark((copy) => {
        const { city, state, postalCode } = place(copy);
        return json(`${lines}, ${city}, ${state} ${postalCode}`);
      });
    }
  };

  const markReference = (link: Record<string, unknown>, reference: string) => {
    const key = referenceKey(reference);
    const target = key === null ? undefined : real.positions.get(key);
    if (key === null || target === undefined) return;
    const copyOf = (copy: number) => plan.targetCopy(target.type, target.index, copy);
    link['reference'] = builder.mark((copy) => json(reference.replace(key, `${key}-${copyOf(copy)}`)));
    if (target.type === 'Practitioner' && typeof link['display'] === 'string') {
      link['display'] = builder.mark((copy) => {
        const { given, family } = practitionerName(real, target.index, copyOf(copy));
        return json(`${given} ${family}`);
      });
    }
  };

  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    return typeof value === 'object' && value !== null ? rewriteObject(value) : value;
  };
  const rewriteObject = (value: object): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(value)) out[field] = rewrite(inner);
    if (typeof out['city'] === 'string') markPlace(out);
    if (typeof out['reference'] === 'string') markReference(out, out['reference']);
    const npi = out['system'] === npiSystem ? real.npis.get(String(out['value'])) : undefined;
    if (npi !== undefined) {
      out['value'] = builder.mark((copy) => json(syntheticNpi(copy * real.npis.size + npi)));
    }
    return out;
  };

  const root = rewriteObject(resource);
  const id = resource.id ?? '';
  root['id'] = builder.mark((copy) => json(`${id}-${copy}`));
  if (resource.resourceType === 'Practitioner') {
    for (const name of objects(root['name'])) {
      name['family'] = builder.mark((copy) => json(practitionerName(real, index, copy).family));
      const givens: unknown[] = Array.isArray(name['given']) ? name['given'] : [];
      const [, ...otherGivens] = givens;
      name['given'] = [
        builder.mark((copy) => json(practitionerName(real, index, copy).given)),
        ...otherGivens,
      ];
    }
  }
  return builder.build(root);
}
