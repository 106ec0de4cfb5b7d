import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Contacts } from './contacts';

// The page itself is static HTML (index.html) and works without JavaScript; React only adds the
// directory of local contacts, which comes from the server.
const container = document.getElementById('contacts-root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Contacts />
    </StrictMode>,
  );
}
