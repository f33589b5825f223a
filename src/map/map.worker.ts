/**
 * MapLibre's worker with the `world://` protocol (see worldSource.ts): the map's worker URL points
 * here (setWorkerUrl in StrategyMap). MapLibre's worker module runs first and defines
 * `self.addProtocol`; the protocol is registered before the worker handles its first message, so
 * no source can ask for a `world://` URL too early.
 */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import type { AddProtocolAction, MessageHandler, MessageType, WorkerGlobalScopeInterface } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { parseWorldSourceUrl, WORLD_SCHEME, worldGeoJSON } from './worldSource';

/** One fetch and parse per file, shared by every source that names it. */
const topologies = new Map<string, Promise<Topology>>();

function loadTopology(file: string): Promise<Topology> {
  let loading = topologies.get(file);
  if (!loading) {
    // The page fetched the file at start: the cached copy is the one it uses too.
    loading = fetch(file, { cache: 'force-cache' }).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return (await response.json()) as Topology;
    });
    loading.catch(() => topologies.delete(file));
    topologies.set(file, loading);
  }
  return loading;
}

const loadWorldObject: AddProtocolAction = async ({ url }) => {
  const request = parseWorldSourceUrl(url);
  if (!request) throw new Error(`Not a ${WORLD_SCHEME}:// URL: ${url}`);
  const topology = await loadTopology(request.file);
  return { data: worldGeoJSON(topology, request.object, request.id) };
};

const scope = self as unknown as WorkerGlobalScopeInterface;
// Naming MapLibre's worker class keeps its module in the bundle: maplibre-gl's package.json says
// its files have no side effects, so a bare import would be dropped, and with it the worker.
if (!(scope.worker instanceof MapLibreWorker)) throw new Error("MapLibre's worker did not start");
scope.addProtocol(WORLD_SCHEME, loadWorldObject);

// MapLibre posts GeoJSON it loaded from a URL back to the main thread (as the source's copy, for
// `getData`, which this app never calls). For the world's shapes that copy costs the main thread a
// long task of cloning what it was spared sending: the reply to a `world://` load leaves it out.
const LOAD_DATA = 'LD' as MessageType.loadData;
const actor = scope.worker.actor;
const loadData = actor.messageHandlers[LOAD_DATA];
if (!loadData) throw new Error("MapLibre's worker has no loadData handler");
const loadDataWithoutCopy: MessageHandler<MessageType.loadData> = async (mapId, params, abort) => {
  const result = await loadData(mapId, params, abort);
  if (params.request && parseWorldSourceUrl(params.request.url)) delete result.data;
  return result;
};
actor.registerMessageHandler(LOAD_DATA, loadDataWithoutCopy);
