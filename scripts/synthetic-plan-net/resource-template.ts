/** The JSON text of a value in one copy: an id, a reference, an NPI, a name or a place. */
export type Slot = (copy: number) => string;

export interface ResourceTemplate {
  /** The resource's JSON text around its slots: one more part than slots. */
  readonly parts: readonly string[];
  readonly slots: readonly Slot[];
}

const marker = /"@@slot(\d+)@@"/;

/**
 * A real resource serialized once with markers where copies differ, so writing a copy is string
 * concatenation rather than a clone, a walk and a JSON.stringify of every resource: the
 * generator writes a million of them.
 */
export class TemplateBuilder {
  private readonly slots: Slot[] = [];

  /** A placeholder to put in the resource where the slot's value goes. */
  mark(slot: Slot): string {
    this.slots.push(slot);
    return `@@slot${this.slots.length - 1}@@`;
  }

  build(value: unknown): ResourceTemplate {
    const pieces = JSON.stringify(value).split(marker);
    const parts = pieces.filter((_, index) => index % 2 === 0);
    const slots = pieces.filter((_, index) => index % 2 === 1).map((number) => this.slots[Number(number)]!);
    return { parts, slots };
  }
}

export function fillTemplate(template: ResourceTemplate, copy: number): string {
  let text = template.parts[0]!;
  for (let index = 0; index < template.slots.length; index += 1) {
    text += template.slots[index]!(copy) + template.parts[index + 1]!;
  }
  return text;
}
