import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers, queryClient } from './app/providers';
import { strategyQuery } from './content/queries';
import { stringsQuery } from './i18n/strings';
import { worldQuery } from './map/queries';
import { membershipQuery } from './content/membership';
import { whenPanelPainted } from './lib/perf';
import { browserLang, useAppStore } from './state/store';
import { hydrateFromLocation } from './state/useUrlSync';
import './app/app.css';

// Content and geometry start loading in parallel at once (index.html preloads them too).
void queryClient.prefetchQuery(strategyQuery);
void queryClient.prefetchQuery(worldQuery);
// The link is read before the first render, so the panel's first paint already shows it.
hydrateFromLocation();
void queryClient.prefetchQuery(stringsQuery(useAppStore.getState().lang ?? browserLang()));
// What the first region panel needs beyond the first view loads once the panel is on screen, so a
// first click does not wait for it.
void whenPanelPainted().then(() => queryClient.prefetchQuery(membershipQuery));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
