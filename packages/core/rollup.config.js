import { libraryBuild } from '../../tools/rollup.js';

export default libraryBuild({ input: ['src/index.ts', 'src/testing/index.ts'] });
