// Totals the gate's results: each non-test step (lint, typecheck, builds) counts once, and the unit and e2e
// steps count their tests. Prints "N passed, N failed" as the last line; exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.reports';
let passed = 0;
let failed = 0;

const steps = existsSync(join(dir, 'steps.txt')) ? readFileSync(join(dir, 'steps.txt'), 'utf8').trim().split('\n') : [];
for (const line of steps) {
  const [result, name] = line.split(' ');
  if (name === 'unit' || name === 'e2e') continue;
  if (result === 'pass') passed++;
  else failed++;
}

function countSuite(name, counts) {
  const stepFailed = steps.includes(`fail ${name}`);
  if (!counts) {
    // The runner died before writing its report: count the whole suite as one failure.
    if (steps.includes(`pass ${name}`) || stepFailed) failed++;
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  // A runner that exits non-zero with no failed test (a file that did not load) is still a failure.
  if (stepFailed && counts.failed === 0) failed++;
}

const unitFile = join(dir, 'unit.json');
countSuite(
  'unit',
  existsSync(unitFile)
    ? (() => {
        const r = JSON.parse(readFileSync(unitFile, 'utf8'));
        return { passed: r.numPassedTests, failed: r.numFailedTests };
      })()
    : undefined,
);

const tapFile = join(dir, 'e2e.tap');
countSuite(
  'e2e',
  existsSync(tapFile)
    ? (() => {
        const tap = readFileSync(tapFile, 'utf8');
        const read = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
        return { passed: read('pass'), failed: read('fail') + read('cancelled') };
      })()
    : undefined,
);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
