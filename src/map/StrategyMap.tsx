import { useEffect, useMemo, useRef, useState } from 'react';
import {
  GPUInitializationError,
  Map as MapLibre,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapOptions,
  prewarm,
  setWorkerUrl,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang, RegionId } from '../content/ids';
import { isOneOf, MAPPED_REGION_IDS } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { afterNextFrame } from '../lib/frames';
import { markAfterThisFrame, markInput, markOnce, MARKS } from '../lib/perf';
import { selectRegion, setView, useAppStore } from '../state/store';
import { type BoundsView, isBoundsView, normalizeView, type View } from '../state/url';
import type { Topology } from 'topojson-specification';
import { readWorld, type World } from './geometry';
import { edgeStrips } from './edgeLabels';
import {
  buildStyle,
  INTERACTIVE_LAYER_IDS,
  NAME_LAYERS,
  nameFields,
  selectionOutline,
  SOURCE,
} from './layers';
import { pickRegion, type PickCandidate } from './picking';
import { regionLabelData } from './regionLabels';
import {
  FIT_MAX_ZOOM,
  MAX_ZOOM,
  MIN_ZOOM,
  type Padding,
  paddingFor,
  withContext,
  WORLD_BOUNDS,
} from './camera';

// A built app must name MapLibre's worker file itself (Vite gives it a hashed URL).
setWorkerUrl(workerUrl);
// Start the worker as soon as this chunk runs, while the main thread decodes the shapes.
prewarm();

declare global {
  interface Window {
    __strategyMap?: MapLibre;
  }
}

/** Pixels around a click searched when nothing is exactly under it (small states). */
const HIT_TOLERANCE = 6;

export interface StrategyMapProps {
  /** The geometry as fetched; decoded here, in the lazily loaded chunk. */
  topology: Topology;
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
  counts: ReadonlyMap<RegionId, number>;
  /** Regions that stay lit; null when no filter is active. */
  lit: ReadonlySet<RegionId> | null;
  /** The element the map must leave room for (the panel). */
  getOverlay: () => HTMLElement | null;
  onProblem: (problem: MapProblem) => void;
}

/** Why there is no map: the browser gave no WebGL2 context, or the map failed before it loaded. */
export type MapProblem = 'no-webgl' | 'failed';

/** The one component that owns the MapLibre instance: created once, every listener removed on unmount. */
export default function StrategyMap({
  topology,
  strategy,
  lang,
  strings,
  counts,
  lit,
  getOverlay,
  onProblem,
}: StrategyMapProps) {
  const world = useMemo(() => readWorld(topology), [topology]);
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre | null>(null);
  /** Counts WebGL context restores: MapLibre rebuilds the style without feature state, so it is set again. */
  const [restores, setRestores] = useState(0);
  const region = useAppStore((s) => s.region);
  const view = useAppStore((s) => s.view);

  // What the pointer handlers read without re-binding: the latest names and counts.
  const latest = useRef({ strategy, lang, strings, counts });
  useEffect(() => {
    latest.current = { strategy, lang, strings, counts };
  });

  /** False once the map is removed: later cleanups must not touch it. */
  const alive = useRef(true);
  /** The region (null: the world) the camera was last fitted to; undefined after a reader's view. */
  const fittedTo = useRef<RegionId | null | undefined>(undefined);
  /** The last view this map reported from the reader's move: the store echoing it moves nothing. */
  const reported = useRef<View | null>(null);

  // Create the map once.
  useEffect(() => {
    alive.current = true;
    const container = containerRef.current;
    if (!container) return;
    const initial = useAppStore.getState();
    let instance: MapLibre;
    try {
      // The map opens on the camera the store asks for (the reader's view, else the selected region
      // or the world, fitted beside the panel), so it loads no tiles for a camera it then leaves.
      const padding = paddingBeside(container, getOverlay());
      const opening: Pick<MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> =
        initial.view && !isBoundsView(initial.view)
          ? { center: [initial.view.lng, initial.view.lat], zoom: initial.view.zoom }
          : initial.view
            ? { bounds: viewBounds(initial.view), fitBoundsOptions: { padding, maxZoom: MAX_ZOOM } }
            : {
                bounds: fitTarget(world, initial.region),
                fitBoundsOptions: { padding, maxZoom: FIT_MAX_ZOOM },
              };
      fittedTo.current = initial.view ? undefined : initial.region;
      instance = new MapLibre({
        container,
        style: buildStyle(world, latest.current.lang),
        ...opening,
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        dragRotate: false,
        pitchWithRotate: false,
        // A flat map: no gesture tilts it.
        maxPitch: 0,
        attributionControl: false,
        cooperativeGestures: false,
      });
    } catch (error) {
      onProblem(error instanceof GPUInitializationError ? 'no-webgl' : 'failed');
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();

    const onLoad = () => {
      markOnce(MARKS.mapLoad);
      // The one handle tests and the benchmark use to read the map (project a point, wait for idle).
      window.__strategyMap = instance;
      setMap(instance);
    };
    // Idle: every source has loaded its shapes and the frame showing them is drawn.
    let drawn = false;
    const onIdle = () => {
      drawn = true;
      markOnce(MARKS.mapIdle);
    };
    // An error before the first idle means the map could not load its style or its shapes: it says it
    // failed. (Asking `loaded()` is not enough: MapLibre counts a source whose load failed as loaded,
    // so whether the whole map does depends on what else is pending when the error arrives.) A later
    // error, such as a region's outline failing to load, leaves the drawn map as it is.
    const onMapError = () => {
      if (!drawn) onProblem('failed');
    };
    // After a lost WebGL context comes back (a GPU reset, a phone waking a tab), MapLibre rebuilds
    // the style without feature state (selection, dimming): that is set again once it is drawn.
    const onContextRestored = () => {
      instance.once('idle', () => setRestores((n) => n + 1));
    };
    instance.on('load', onLoad);
    instance.on('idle', onIdle);
    instance.on('error', onMapError);
    instance.on('webglcontextrestored', onContextRestored);
    return () => {
      instance.off('load', onLoad);
      instance.off('idle', onIdle);
      instance.off('error', onMapError);
      instance.off('webglcontextrestored', onContextRestored);
      alive.current = false;
      instance.remove();
      setMap(null);
    };
  }, [world, onProblem, getOverlay]);

  // Pointer: hover through feature-state and a tooltip written directly (no React render per move).
  useEffect(() => {
    if (!map) return;
    let hovered: RegionId | null = null;
    const setHover = (id: RegionId | null) => {
      if (hovered === id) return;
      if (hovered) map.setFeatureState({ source: SOURCE.world, id: hovered }, { hover: false });
      if (id) map.setFeatureState({ source: SOURCE.world, id }, { hover: true });
      hovered = id;
      map.getCanvas().style.cursor = id ? 'pointer' : '';
    };
    const candidatesAt = (point: { x: number; y: number }, tolerance: number): PickCandidate[] => {
      const box: [[number, number], [number, number]] = [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ];
      return map
        .queryRenderedFeatures(tolerance === 0 ? [point.x, point.y] : box, { layers: INTERACTIVE_LAYER_IDS })
        .flatMap(toCandidate);
    };
    const pickAt = (point: { x: number; y: number }) =>
      pickRegion(candidatesAt(point, 0)) ?? pickRegion(candidatesAt(point, HIT_TOLERANCE));

    const onMove = (e: { point: { x: number; y: number } }) => {
      const pick = pickAt(e.point);
      setHover(pick?.picked ?? null);
      const tooltip = tooltipRef.current;
      if (!tooltip) return;
      if (!pick) {
        tooltip.hidden = true;
        return;
      }
      const { strategy: s, lang: l, strings: t, counts: c } = latest.current;
      const name = s.regions.find((r) => r.id === pick.picked)?.name[l] ?? pick.picked;
      tooltip.textContent = `${name} · ${t.hoverMeasures(c.get(pick.picked) ?? 0)}`;
      tooltip.style.transform = `translate(${Math.round(e.point.x + 14)}px, ${Math.round(e.point.y + 14)}px)`;
      tooltip.hidden = false;
    };
    const onOut = () => {
      setHover(null);
      if (tooltipRef.current) tooltipRef.current.hidden = true;
    };
    const onClick = (e: { point: { x: number; y: number }; originalEvent: MouseEvent }) => {
      const pick = pickAt(e.point);
      if (!pick) return;
      markInput(MARKS.regionInput, e.originalEvent);
      selectRegion(pick.picked, pick.others);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('click', onClick);
    return () => {
      if (alive.current) setHover(null);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('click', onClick);
    };
  }, [map]);

  // Report where the reader moved the map (pointer, touch, wheel or keys: the move has an
  // originalEvent), on moveend, not per frame; the map's own fits stay out of the store and the URL.
  // The view is the area beside the panel, so another screen can fit the same area.
  useEffect(() => {
    if (!map) return;
    const onMoveEnd = (e: { originalEvent?: unknown }) => {
      if (!e.originalEvent) return;
      const next = visibleView(map, paddingBeside(map.getContainer(), getOverlay()));
      if (sameView(next, useAppStore.getState().view)) return;
      reported.current = next;
      setView(next);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('moveend', onMoveEnd);
    };
  }, [map, getOverlay]);

  // The store's view or selection moves the camera: the reader's view wins, else fit the selected
  // region (or the world). The map follows a frame after the panel, so the panel's frame does not
  // wait for a map render.
  useEffect(() => {
    if (!map) return;
    return afterNextFrame(() => {
      const padding = paddingBeside(map.getContainer(), getOverlay());
      if (view) {
        fittedTo.current = undefined;
        if (view === reported.current) return;
        if (isBoundsView(view)) map.fitBounds(viewBounds(view), { padding, maxZoom: MAX_ZOOM, duration: 0 });
        else map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
        return;
      }
      if (fittedTo.current === region) return;
      fittedTo.current = region;
      map.fitBounds(fitTarget(world, region), { padding, maxZoom: FIT_MAX_ZOOM, duration: region ? 600 : 0 });
    });
  }, [map, view, region, world, getOverlay]);

  // When the room beside the panel changes (the window, or the bottom sheet's height), a fitted
  // region or world is fitted again, so it stays in view; a view the reader made stays as it is.
  useEffect(() => {
    if (!map) return;
    let last = JSON.stringify(paddingBeside(map.getContainer(), getOverlay()));
    const observer = new ResizeObserver(() => {
      const padding = paddingBeside(map.getContainer(), getOverlay());
      const key = JSON.stringify(padding);
      if (key === last) return;
      last = key;
      const s = useAppStore.getState();
      if (s.view !== null) return;
      map.fitBounds(fitTarget(world, s.region), { padding, maxZoom: FIT_MAX_ZOOM, duration: 0 });
    });
    observer.observe(map.getContainer());
    const overlay = getOverlay();
    if (overlay) observer.observe(overlay);
    return () => observer.disconnect();
  }, [map, world, getOverlay]);

  // Selection, a frame after the panel like the camera: a stronger tint through feature-state and
  // the outlines from the selection source, which holds the selected region and, lighter, its parent.
  const outlined = useRef<string | null>(null);
  useEffect(() => {
    if (!map) return;
    const mapped = region !== null && world.regionInfo.has(region) ? region : null;
    const parent = strategy.regions.find((r) => r.id === mapped)?.parent ?? null;
    let tinted = false;
    const cancel = afterNextFrame(() => {
      if (mapped) {
        map.setFeatureState({ source: SOURCE.world, id: mapped }, { selected: true });
        tinted = true;
      }
      const key = `${mapped}/${parent}`;
      if (outlined.current === key) return;
      void map.getSource<GeoJSONSource>(SOURCE.selection)?.setData(selectionOutline(world, mapped, parent));
      outlined.current = key;
    });
    return () => {
      cancel();
      if (tinted && mapped && alive.current)
        map.setFeatureState({ source: SOURCE.world, id: mapped }, { selected: false });
    };
  }, [map, region, world, strategy, restores]);

  // Region labels: MapLibre symbols (collision, placement while zooming); their text, count, selection
  // and dimming come with the data, a few dozen points.
  useEffect(() => {
    if (!map) return;
    return afterNextFrame(() => {
      void map
        .getSource<GeoJSONSource>(SOURCE.regionLabels)
        ?.setData(regionLabelData(world, strategy, counts, lit, region));
    });
  }, [map, world, strategy, counts, lit, region]);

  // Names that would show cut at the map's or the panel's edge are hidden once a move ends (not on
  // every frame of it: eight queries a frame would cost a phone more than a cut name for a moment).
  useEffect(() => {
    if (!map) return;
    let cut = new Map<string, { source: string; id: string | number }>();
    const update = () => {
      // Feature state needs a loaded style (not so while a lost WebGL context is restored).
      if (!map.isStyleLoaded()) return;
      const frame = map.getContainer().getBoundingClientRect();
      const next = new Map<string, { source: string; id: string | number }>();
      for (const strip of edgeStrips(frame, getOverlay()?.getBoundingClientRect() ?? null)) {
        for (const f of map.queryRenderedFeatures(strip, { layers: Object.values(NAME_LAYERS) })) {
          if (f.id !== undefined) next.set(`${f.source}/${f.id}`, { source: f.source, id: f.id });
        }
      }
      for (const [key, feature] of cut) if (!next.has(key)) map.setFeatureState(feature, { cut: false });
      for (const [key, feature] of next) if (!cut.has(key)) map.setFeatureState(feature, { cut: true });
      cut = next;
    };
    map.on('moveend', update);
    map.on('idle', update);
    return () => {
      map.off('moveend', update);
      map.off('idle', update);
    };
  }, [map, getOverlay, restores]);

  // The reader's language: the names' text changes in place, the map is not rebuilt.
  useEffect(() => {
    if (!map) return;
    for (const [layer, field] of nameFields(lang)) map.setLayoutProperty(layer, 'text-field', field);
  }, [map, lang]);

  // Filters dim every region without a matching measure.
  useEffect(() => {
    if (!map) return;
    for (const id of world.regionInfo.keys()) {
      map.setFeatureState({ source: SOURCE.world, id }, { dimmed: lit !== null && !lit.has(id) });
    }
    // MapLibre draws inside an animation frame: the frame that ends after this `render` shows it.
    map.once('render', () => markAfterThisFrame(MARKS.filterPainted));
    map.triggerRepaint();
  }, [map, lit, world, restores]);

  return (
    <div className="map-frame">
      <div ref={containerRef} className="map-canvas" role="region" aria-label={strings.mapLabel} />
      <div ref={tooltipRef} className="map-tooltip" aria-hidden="true" hidden />
    </div>
  );
}

function toCandidate(feature: MapGeoJSONFeature): PickCandidate[] {
  const id = String(feature.id ?? feature.properties.id);
  if (!isOneOf(MAPPED_REGION_IDS, id)) return [];
  return [{ id, area: Number(feature.properties.area), zone: feature.properties.kind === 'zone' }];
}

/**
 * What the camera fits: the region's bounds with some context around a small one, or the world's
 * when none is selected or it has no shape.
 */
function fitTarget(world: World, region: RegionId | null): LngLatBoundsLike {
  const info = region ? world.regionInfo.get(region) : undefined;
  if (!info) return WORLD_BOUNDS;
  const [west, south, east, north] = info.bounds;
  return withContext([
    [west, south],
    [east, north],
  ]);
}

function viewBounds({ west, south, east, north }: BoundsView): LngLatBoundsLike {
  return [
    [west, south],
    [east, north],
  ];
}

/** The area the reader sees beside the panel (inside the padding), as the URL holds it. */
function visibleView(map: MapLibre, padding: Padding): View {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const northWest = map.unproject([padding.left, padding.top]);
  const southEast = map.unproject([
    Math.max(padding.left + 1, width - padding.right),
    Math.max(padding.top + 1, height - padding.bottom),
  ]);
  return normalizeView({
    west: northWest.lng,
    south: southEast.lat,
    east: southEast.lng,
    north: northWest.lat,
  });
}

function sameView(a: View, b: View | null): boolean {
  return b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Room for the panel (camera.ts), measured now. */
function paddingBeside(container: HTMLElement, overlay: HTMLElement | null): Padding {
  return paddingFor(container.getBoundingClientRect(), overlay?.getBoundingClientRect() ?? null);
}
