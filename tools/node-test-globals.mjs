// Gives tests written for mocha's BDD globals (the browser runner's) the same globals
// under Node's built-in test runner, so one test file runs in both places.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
