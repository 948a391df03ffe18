import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  // Use the workspace packages' TypeScript sources, so no package needs a build first. The
  // default conditions end in `development|production`: `vite build` (what `npm start` serves
  // through `vite preview`) picks Lit's production build, the dev server its development one.
  resolve: { conditions: ['@interlude/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // `npm start` serves the built portal under a strict Content-Security-Policy (no inline script
  // or style, no eval), as tools/check-portal.mjs does; connect-src also allows a local FHIR test
  // server for ?fhir= (a vendor lists their own API's origin there).
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    headers: {
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:* http://localhost:*",
    },
  },
});
