import { defineConfig, defaultClientConditions } from 'vite';

export default defineConfig({
  // Use the workspace packages' TypeScript sources, so edits show up without a rebuild.
  resolve: { conditions: ['@interlude/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
