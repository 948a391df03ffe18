import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  // Use the workspace packages' TypeScript sources, so no package needs a build first. The
  // default conditions end in `development|production`: `vite build` (what `npm start` serves
  // through `vite preview`) picks Lit's production build, the dev server its development one.
  resolve: { conditions: ['@interlude/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
