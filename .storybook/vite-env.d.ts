// Side-effect CSS imports in preview.ts are handled by Vite.
declare module '*.css';
