import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from './ErrorBoundary';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

/** React Query for the static data, and a last-resort boundary so a render error never blanks the page. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary
        fallback={() => (
          <div className="load-error" role="alert" lang="da">
            <p>Noget gik galt i visningen. / Something went wrong in this view.</p>
            <button type="button" onClick={() => window.location.reload()}>
              Genindlæs siden / Reload the page
            </button>
          </div>
        )}
      >
        {children}
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
