// A Node test-runner reporter that writes `{ passed, failed, skipped }` as JSON, for
// tools/test.mjs's closing line. Suites are not tests; a failing suite hook counts once.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const isSuite = event.data.details?.type === 'suite';
    if (event.type === 'test:pass') {
      if (isSuite) continue;
      if (event.data.skip || event.data.todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (!isSuite || event.data.details?.error?.failureType !== 'subtestsFailed') {
      counts.failed += 1;
    }
  }
  yield JSON.stringify(counts);
}
