import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Lang, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { mapChunkQuery, worldQuery } from '../map/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadError } from './LoadError';
import type { MapProblem } from '../map/StrategyMap';

/** MapLibre 6 needs WebGL2: without it the list, table and panel work and the stage says why. */
const noWebGL2 = typeof WebGL2RenderingContext === 'undefined';

interface MapStageProps {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
  counts: ReadonlyMap<RegionId, number>;
  lit: ReadonlySet<RegionId> | null;
}

export function MapStage({ strategy, lang, strings, counts, lit }: MapStageProps) {
  const world = useQuery({ ...worldQuery, enabled: !noWebGL2 });
  const mapChunk = useQuery({ ...mapChunkQuery, enabled: !noWebGL2 });
  const [problem, setProblem] = useState<MapProblem | null>(null);
  const getOverlay = useCallback(() => document.getElementById('panel'), []);
  // What failed to load, with a way to try again: the geometry, else the map's chunk.
  const loadFailure = world.isError
    ? { message: strings.loadFailedGeometry, retry: world.refetch }
    : mapChunk.isError
      ? { message: strings.mapFailed, retry: mapChunk.refetch }
      : null;
  if (noWebGL2 || problem === 'no-webgl')
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
  if (!world.data || !mapChunk.data) return <p className="map-message">{strings.mapLoading}</p>;
  const { default: StrategyMap } = mapChunk.data;
  return (
    <ErrorBoundary
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
