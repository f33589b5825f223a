import { useCallback, useEffect, useState } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lang, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { worldQuery } from '../map/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadError } from './LoadError';
import { webgl2Support, whenMapProgramsLinked } from './webgl';
import { whenPanelPainted } from '../lib/perf';
import type { MapProblem } from '../map/StrategyMap';
import { hideWorldPreview } from './worldPreview';

// Once the panel's first frame is painted, two things start together: the WebGL question (which
// also starts the GPU, in a worker, and then links the map's programs there) and the map chunk
// (MapLibre, ~285 KB gzip, and its worker). The map is made when the chunk has arrived and the
// worker has linked. Neither competes with the panel's first frame.
// The chunk is a query, not React.lazy: a Suspense boundary holds back content that arrives within
// 300 ms of its fallback (React's FALLBACK_THROTTLE_MS), and that held the map back by 200-300 ms.
const mapChunkQuery = queryOptions({
  queryKey: ['map-chunk'],
  queryFn: () => import('../map/StrategyMap'),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
const webglQuery = queryOptions({
  queryKey: ['webgl2'],
  // The answer, once the map can be made: with WebGL2, after the worker has linked its programs.
  queryFn: async () => {
    const answer = await webgl2Support();
    if (answer === 'yes') await whenMapProgramsLinked();
    return answer;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});
const panelPaintedQuery = queryOptions({
  queryKey: ['panel-painted'],
  queryFn: () => whenPanelPainted().then(() => true),
  staleTime: Infinity,
  gcTime: Infinity,
});

interface MapStageProps {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
  counts: ReadonlyMap<RegionId, number>;
  lit: ReadonlySet<RegionId> | null;
}

export function MapStage({ strategy, lang, strings, counts, lit }: MapStageProps) {
  const panelPainted = useQuery(panelPaintedQuery).isSuccess;
  const webgl = useQuery({ ...webglQuery, enabled: panelPainted }).data;
  const world = useQuery({ ...worldQuery, enabled: webgl !== 'no' });
  const mapChunk = useQuery({ ...mapChunkQuery, enabled: panelPainted && webgl !== 'no' });
  const [problem, setProblem] = useState<MapProblem | null>(null);
  const getOverlay = useCallback(() => document.getElementById('panel'), []);
  // What failed to load, with a way to try again: the geometry, else the map's chunk.
  const loadFailure = world.isError
    ? { message: strings.loadFailedGeometry, retry: world.refetch }
    : mapChunk.isError
      ? { message: strings.mapFailed, retry: mapChunk.refetch }
      : null;
  const noMap = webgl === 'no' || problem !== null || loadFailure !== null;
  useEffect(() => {
    if (noMap) hideWorldPreview();
  }, [noMap]);

  if (webgl === 'no' || problem === 'no-webgl')
    return (
      <p className="map-message" role="note">
        {strings.mapUnavailable}
      </p>
    );
  if (problem === 'failed')
    return (
      <p className="map-message" role="note">
        {strings.mapFailed}
      </p>
    );
  if (loadFailure) {
    return (
      <LoadError
        message={loadFailure.message}
        retryLabel={strings.retry}
        onRetry={() => void loadFailure.retry()}
      />
    );
  }
  if (!world.data || !webgl || !mapChunk.data) return <p className="map-message">{strings.mapLoading}</p>;
  const { default: StrategyMap } = mapChunk.data;
  return (
    <ErrorBoundary
      onError={hideWorldPreview}
      fallback={(reset) => (
        <LoadError message={strings.mapFailed} retryLabel={strings.retry} onRetry={reset} />
      )}
    >
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
    </ErrorBoundary>
  );
}
