import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyCsp } from '../lib/csp';
import { Providers } from './providers';
import { AppRouter } from './router';
import './app.css';
import './pages.css';

applyCsp();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from app/index.html');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <AppRouter />
    </Providers>
  </StrictMode>,
);
