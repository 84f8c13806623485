import { writePublisherKeys } from '../src/main/directory-updates/publisher-keys';
import { DeskError } from '../src/shared/desk-error';
import { parseCommandLine, runCommand } from './command-line';

/** `npm run pack:keygen -- --out DIR`: a publisher's key pair for signing directory packs. */
const usage = 'Usage: npm run pack:keygen -- --out DIR';

runCommand(() => {
  const { positionals, values } = parseCommandLine(usage, { out: { type: 'string' } });
  if (positionals.length > 0 || values.out === undefined) throw new DeskError('invalid-input', usage);
  const keys = writePublisherKeys(values.out);
  console.log(
    `Wrote ${keys.privateKeyPath} (secret: never share or commit it) and ${keys.publicKeyPath}; key fingerprint ${keys.fingerprint}.`,
  );
});
