import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/synthetic-nppes/write-zip';
import { useTempFolder } from '../npi-registry/read/test-temp-folder';
import { longestLineBytes } from './ndjson-lines';
import { PlanNetRefusedError } from './plan-net-refused-error';
import { planNetRefusal } from './plan-net-refusal';
import { readAll, realDataFolder, writeBundle } from './plan-net-test-data';

const practitioner: unknown = JSON.parse(
  readFileSync(join(realDataFolder, 'Practitioner', 'plannet-practitioner-1230081110.json'), 'utf8'),
);
const line = JSON.stringify(practitioner);

function refusal(path: string): Promise<PlanNetRefusedError> {
  return planNetRefusal(readAll(path));
}

describe('readPlanNetSource refuses', () => {
  const temp = useTempFolder();

  it('malformed JSON, naming the file inside the folder', async () => {
    mkdirSync(join(temp.path, 'Practitioner'));
    writeFileSync(join(temp.path, 'Practitioner', 'good.json'), line);
    writeFileSync(join(temp.path, 'Practitioner', 'broken.json'), line.slice(0, -20));
    const error = await refusal(temp.path);
    expect(error.message).toMatch(/^Practitioner\/broken\.json is not valid JSON \(/);
    expect(error.line).toBeNull();
  });

  it('a malformed ndjson line, naming its line', async () => {
    const path = join(temp.path, 'Practitioner.ndjson');
    writeFileSync(path, `${line}\n${line}\n{"resourceType": "Practitioner",\n${line}\n`);
    const error = await refusal(path);
    expect(error.message).toMatch(/^Line 3 of Practitioner\.ndjson is not valid JSON/);
    expect(error.line).toBe(3);
  });

  it('an ndjson line longer than any resource, before holding it all', async () => {
    const path = join(temp.path, 'Practitioner.ndjson');
    writeFileSync(path, `${line}\n`);
    appendFileSync(path, Buffer.alloc(longestLineBytes + 1, 0x20));
    appendFileSync(path, `${line}\n`);
    const error = await refusal(path);
    expect(error.message).toBe(
      'Line 2 of Practitioner.ndjson is longer than 64 MB: an ndjson line holds one resource, which is kilobytes. Check that this is Plan-Net data. Nothing was changed.',
    );
  });

  it('an ndjson file cut short in its last resource', async () => {
    const path = join(temp.path, 'Practitioner.ndjson');
    writeFileSync(path, `${line}\n${line}\n${line.slice(0, 100)}`);
    const error = await refusal(path);
    expect(error.message).toBe(
      'Line 3 of Practitioner.ndjson ends in the middle of a resource: the download did not finish. Download it again. Nothing was changed.',
    );
  });

  it('JSON that is not a FHIR resource, also as a Bundle entry', async () => {
    writeFileSync(join(temp.path, 'list.json'), '[{"id": "x"}]');
    expect((await refusal(join(temp.path, 'list.json'))).message).toMatch(
      /^list\.json is not a FHIR resource: it has no resourceType\./,
    );
    const bundle = writeBundle(join(temp.path, 'bundle.json'), [practitioner, { id: 'no-type' }]);
    expect((await refusal(bundle)).message).toMatch(
      /^bundle\.json \(Bundle entry 2\) is not a FHIR resource/,
    );
  });

  it('resources of another FHIR version, by profile, fhirVersion or a DSTU2 shape', async () => {
    const stu3 = {
      ...JSON.parse(line),
      meta: { profile: ['http://hl7.org/fhir/STU3/StructureDefinition/Practitioner'] },
    };
    const declared = { resourceType: 'Endpoint', id: 'e', fhirVersion: '3.0.2' };
    const dstu2 = { resourceType: 'Practitioner', id: 'p', name: { family: ['Smith'] } };
    const path = join(temp.path, 'old.ndjson');
    for (const [resource, version] of [
      [stu3, 'STU3'],
      [declared, 'STU3'],
      [dstu2, 'DSTU2'],
    ] as const) {
      writeFileSync(path, `${line}\n${JSON.stringify(resource)}\n`);
      const error = await refusal(path);
      expect(error.message).toMatch(
        new RegExp(
          `^Line 2 of old\\.ndjson holds a FHIR ${version} \\w+; Provider Desk reads Plan-Net data in FHIR R4 only\\.`,
        ),
      );
    }
  });

  it('a zip cut short, naming the zip', async () => {
    const path = join(temp.path, 'plan-net.zip');
    await writeZip(path, [{ name: 'Practitioner.ndjson', data: [`${line}\n`.repeat(50)] }]);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 200));
    const error = await refusal(path);
    expect(error.message).toMatch(/^plan-net\.zip: The file ends early/);
  });

  it('a damaged line inside a zip, naming the zip, the entry and the line', async () => {
    const path = join(temp.path, 'plan-net.zip');
    await writeZip(path, [{ name: 'Practitioner.ndjson', data: [`${line}\n}\n`] }]);
    expect((await refusal(path)).message).toMatch(
      /^Line 2 of plan-net\.zip › Practitioner\.ndjson is not valid JSON/,
    );
  });

  it('a file that is not Plan-Net data', async () => {
    writeFileSync(join(temp.path, 'providers.csv'), 'npi,name\n');
    expect((await refusal(join(temp.path, 'providers.csv'))).message).toBe(
      'providers.csv is not Plan-Net data: choose a folder, a .json, .ndjson or .zip file. Nothing was changed.',
    );
  });
});
