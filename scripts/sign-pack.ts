import { signPackFile } from '../src/main/directory-updates/sign-pack-file';
import { DeskError } from '../src/shared/desk-error';
import { parseCommandLine, runCommand } from './command-line';

/** `npm run pack:sign -- PACK --key PRIVATE.pem`: writes PACK.sig beside the pack. */
const usage = 'Usage: npm run pack:sign -- PACK --key PRIVATE.pem';

runCommand(() => {
  const { positionals, values } = parseCommandLine(usage, { key: { type: 'string' } });
  const [pack] = positionals;
  if (pack === undefined || positionals.length > 1 || values.key === undefined) {
    throw new DeskError('invalid-input', usage);
  }
  const signed = signPackFile(pack, values.key);
  console.log(`Wrote ${signed.signaturePath}, signed with key ${signed.fingerprint} and verified.`);
});
