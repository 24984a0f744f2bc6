/**
 * Prints the published form of a source organisation profile as JSON on stdout.
 * Usage: npx tsx tests/e2e/support/publish-profile.ts [source.json]
 * (default tests/fixtures/sample-profile.json). Used by the demo and by e2e helpers.
 */
import { readFileSync } from 'node:fs';
import { publish } from '../../../lib/profile/publish';
import { parseSourceProfileText } from '../../../lib/profile/validate';

const sourceFile = process.argv[2] ?? new URL('../../fixtures/sample-profile.json', import.meta.url).pathname;
const parsed = parseSourceProfileText(readFileSync(sourceFile, 'utf8'));
if (!parsed.ok) {
  console.error(`${sourceFile} is not a valid source profile:`);
  for (const problem of parsed.problems) console.error(`  ${problem.path} ${problem.message}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(await publish(parsed.profile)));
