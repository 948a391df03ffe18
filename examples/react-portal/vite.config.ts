import react from '@vitejs/plugin-react';
import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The workspace packages' TypeScript sources, so nothing needs a build first. `vite build`
  // (what `npm run react-portal` serves) picks React's and Lit's production builds.
  resolve: { conditions: ['@interlude/source', ...defaultClientConditions] },
  // One bundle of everything the two pages use (React, Lit, zod, core, content); no code splitting in a demo.
  build: { chunkSizeWarningLimit: 800 },
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 5174, strictPort: true },
});
