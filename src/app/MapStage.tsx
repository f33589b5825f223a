import { lazy, Suspense, useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Lang, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { worldQuery } from '../map/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadError } from './LoadError';
import { lacksWebGL2 } from './webgl';
import type { MapProblem } from '../map/StrategyMap';

// The map chunk (MapLibre, ~280 KB gzip) loads after the panel is up.
const StrategyMap = lazy(() => import('../map/StrategyMap'));

interface MapStageProps {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
  counts: ReadonlyMap<RegionId, number>;
  lit: ReadonlySet<RegionId> | null;
}

export function MapStage({ strategy, lang, strings, counts, lit }: MapStageProps) {
  const [noWebGL] = useState(lacksWebGL2);
  const world = useQuery({ ...worldQuery, enabled: !noWebGL });
  const [problem, setProblem] = useState<MapProblem | null>(null);
  const getOverlay = useCallback(() => document.getElementById('panel'), []);

  if (noWebGL || problem === 'no-webgl') return <p className="map-message" role="note">{strings.mapUnavailable}</p>;
  if (problem === 'failed') return <p className="map-message" role="note">{strings.mapFailed}</p>;
  if (world.isError) {
    return <LoadError message={strings.loadFailedGeometry} retryLabel={strings.retry} onRetry={() => void world.refetch()} />;
  }
  const loading = <p className="map-message">{strings.mapLoading}</p>;
  if (!world.data) return loading;
  return (
    <ErrorBoundary
      fallback={(reset) => <LoadError message={strings.mapFailed} retryLabel={strings.retry} onRetry={reset} />}
    >
      <Suspense fallback={loading}>
        <StrategyMap
          topology={world.data}
          strategy={strategy}
          lang={lang}
          strings={strings}
          counts={counts}
          lit={lit}
          getOverlay={getOverlay}
          onProblem={setProblem}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
