import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers, queryClient } from './app/providers';
import { strategyQuery } from './content/queries';
import { stringsQuery } from './i18n/strings';
import { mapChunkQuery, worldQuery } from './map/queries';
import { membershipQuery } from './content/membership';
import { observePanelText } from './lib/perf';
import { browserLang, useAppStore } from './state/store';
import { hydrateFromLocation } from './state/useUrlSync';
import './app/app.css';

observePanelText();
// The link is read before the first render, so the panel's first paint already shows it.
hydrateFromLocation();
// Everything the first view needs starts loading at once, in parallel (index.html preloads the
// data files too): the panel's text and strings, the geometry, and the map's chunk.
void queryClient.prefetchQuery(strategyQuery);
void queryClient.prefetchQuery(stringsQuery(useAppStore.getState().lang ?? browserLang()));
void queryClient.prefetchQuery(worldQuery);
void queryClient.prefetchQuery(mapChunkQuery);
void queryClient.prefetchQuery(membershipQuery);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
