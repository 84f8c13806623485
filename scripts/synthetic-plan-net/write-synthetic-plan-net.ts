import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { planNetResourceTypes } from '../../src/main/plan-net/fhir-resource';
import { CopyPlan } from './copy-plan';
import { copyTemplate } from './copy-template';
import { loadRealSet, type RealSet } from './real-set';
import { fillTemplate } from './resource-template';

/** Bumped whenever the output changes, so a benchmark's cached set is written again. */
export const syntheticPlanNetVersion = 1;

export interface SyntheticPlanNet {
  readonly folder: string;
  readonly resources: number;
  readonly bytes: number;
  readonly plan: CopyPlan;
  readonly real: RealSet;
}

/** Written to the stream in pieces of about this size: few writes, little held. */
const chunkBytes = 1 << 20;

/**
 * Writes `resources` Plan-Net resources made from the reference implementation's data (see
 * CopyPlan and copyTemplate) into `folder`, one `<Type>.ndjson` per type as a bulk export
 * gives them. Streamed: only the real set's templates stay in memory, never the copies.
 */
export async function writeSyntheticPlanNet(folder: string, resources: number): Promise<SyntheticPlanNet> {
  const { real, plan } = syntheticPlanNetShape(resources);
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const type of planNetResourceTypes) {
    const templates = (real.byType.get(type) ?? []).map((resource, index) =>
      copyTemplate(resource, index, real, plan),
    );
    const stream = createWriteStream(join(folder, `${type}.ndjson`));
    let chunk = '';
    const flush = async () => {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    };
    for (let copy = 0; copy < plan.copies; copy += 1) {
      for (let index = 0; index < templates.length; index += 1) {
        if (!plan.holds(type, index, copy)) continue;
        chunk += `${fillTemplate(templates[index]!, copy)}\n`;
        if (chunk.length >= chunkBytes) await flush();
      }
    }
    await flush();
    stream.end();
    await once(stream, 'finish');
  }
  return { folder, resources, bytes, plan, real };
}

/** What a set of `resources` is made of, without writing it. */
export function syntheticPlanNetShape(resources: number): { real: RealSet; plan: CopyPlan } {
  const real = loadRealSet();
  const realCounts = new Map(planNetResourceTypes.map((type) => [type, real.byType.get(type)?.length ?? 0]));
  return { real, plan: new CopyPlan(realCounts, resources) };
}
