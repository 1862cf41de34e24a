import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from '@/app/providers';
import { preloadRouteError } from '@/app/route-error';
import { createRouter } from '@/app/router';
import { initI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

await initI18n();
const queryClient = createQueryClient();
const router = createRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

// The error pages are not part of a first visit; they download once the browser is idle.
(window.requestIdleCallback ?? setTimeout)(preloadRouteError);
