// Reads Vitest's JSON report and prints the closing line "N passed, N failed". The type-check
// counts as one more test. A missing or unreadable report counts as one failure.
import { readFileSync } from 'node:fs';

const [reportPath, typecheckFailed] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A test file that fails to load has no failed test but a failed suite: count it.
  if (failed === 0 && report.numFailedTestSuites > 0) failed += report.numFailedTestSuites;
  if (report.numTotalTests === 0) failed += 1;
} catch (error) {
  console.error(`no test report at ${reportPath}: ${error instanceof Error ? error.message : error}`);
  failed += 1;
}
if (typecheckFailed === '1') failed += 1;
else passed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
