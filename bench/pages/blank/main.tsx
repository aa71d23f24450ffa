// Baseline for B4/B5: the smallest Vite React page, built the same way as Tilecast.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <p>blank</p>
  </StrictMode>,
);
