// What a vendor's bundler declares (Vite's `vite/client`, webpack's css-loader typings): a CSS
// import is a side effect with no exports. A script file, so the wildcard is a global declaration.
declare module '*.css';
