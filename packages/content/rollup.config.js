import { libraryBuild } from '../../tools/rollup.js';

// The WHO-5 wording is its own entry point: its licence is non-commercial, so it must never
// reach a vendor's bundle unless they import it on purpose.
export default libraryBuild({ input: ['src/index.ts', 'src/measures/who-5.text.ts'] });
