import { readdirSync } from 'node:fs';
import { libraryBuild } from '../../tools/rollup.js';

// One entry per generated wrapper (`src/<name>.ts` → `@interlude/react/<name>`) plus the barrel.
const wrappers = readdirSync('src')
  .filter((file) => file.endsWith('.ts') && !file.includes('.test') && file !== 'element-props.ts')
  .map((file) => `src/${file}`);

export default libraryBuild({ input: wrappers });
