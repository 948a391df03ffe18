import { libraryBuild } from '../../tools/rollup.js';

export default libraryBuild();
