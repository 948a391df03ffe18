import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { seeded } from './demo.js';
import './vendor.css';

createRoot(document.querySelector('#root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Tells the page (and the end-to-end check) when the demo week is in place.
seeded.then(
  () => (document.body.dataset['demo'] = 'ready'),
  () => (document.body.dataset['demo'] = 'failed'),
);
