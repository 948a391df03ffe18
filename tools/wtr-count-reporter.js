// Counts what @web/test-runner ran, so tools/test.mjs can print one summary line for
// the browser and Node runs together. A session error (a file that failed to load, an
// uncaught error) counts as one failure: it must never read as "0 failed".
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
}

/** @param {string | undefined} file where to write `{ passed, failed, skipped }` as JSON */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (session.errors?.length || (!session.passed && !session.testResults)) counts.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
