// Side-effect CSS imports in preview.ts are handled by Vite.
declare module '*.css';

// `import file from './fixture.vtt?no-inline'`: Vite serves the file and gives its URL (never a
// data: URL, which an exercise definition would refuse).
declare module '*?no-inline' {
  const url: string;
  export default url;
}
