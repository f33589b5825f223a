import { openingWorld, paddingFor, WORLD_BOUNDS } from '../map/camera';

/**
 * A still picture of the world (public/images/world-preview.webp, made from the map itself by
 * `npm run world-preview`) under the map until the map has drawn. Under software rendering the map
 * takes a second or two to appear; the picture is there with the page's first frame.
 *
 * It is the map area's background, placed where the map will open (camera.ts), so nothing moves
 * when the map draws over it. worldPreviewBoot.ts shows it while the page is parsed, before the
 * app's modules run; the map hides it. The class and the placement sit on <html>, because the
 * page's static frame (index.html) and the React app that replaces it have different map-area
 * elements. app.css draws it on wide screens only: on a phone the bottom sheet covers most of the map.
 */
const SHOWN = 'world-preview';

/** The link's params (the URL contract, src/state/url.ts) that move the map off the world or dim it. */
const MOVES_OR_DIMS_THE_MAP = ['region', 'view', 'priority', 'q'];

/**
 * Whether the map surely opens on the whole world, undimmed: the link gives none of those params a
 * value. A value the app then ignores (an unknown region) leaves the picture out for nothing; that
 * is the price of not carrying the URL codec into the page's first script.
 */
export function opensOnTheWorld(search: string): boolean {
  const params = new URLSearchParams(search);
  return MOVES_OR_DIMS_THE_MAP.every((name) => params.getAll(name).every((value) => value.trim() === ''));
}

/** Place the picture where the map opening on the world beside the panel will draw it, and show it. */
export function showWorldPreview(): void {
  if (!placeWorldPreview()) return;
  document.documentElement.classList.add(SHOWN);
  // Another window size opens the map elsewhere: the picture would not line up any more.
  window.addEventListener('resize', hideWorldPreview, { once: true });
}

/**
 * Place the picture again, if it is shown, for the layout as it is now. The map calls this as it is
 * made: the app's header or a notice about the link may have changed the map area's size since the
 * page's static frame, and the map fits the world into the area as it is.
 */
export function realignWorldPreview(): void {
  if (document.documentElement.classList.contains(SHOWN)) placeWorldPreview();
}

function placeWorldPreview(): boolean {
  const area = document.querySelector<HTMLElement>('.map-area');
  if (!area) return false;
  const panel = document.querySelector<HTMLElement>('.panel');
  const place = openingWorld(
    WORLD_BOUNDS,
    area.clientWidth,
    area.clientHeight,
    paddingFor(area.getBoundingClientRect(), panel?.getBoundingClientRect() ?? null),
  );
  const root = document.documentElement;
  root.style.setProperty('--world-size', `${place.size}px`);
  root.style.setProperty('--world-left', `${place.left}px`);
  root.style.setProperty('--world-top', `${place.top}px`);
  return true;
}

/**
 * The map has drawn, moved, or will not come: the picture goes. The map calls this on every idle and
 * move: once the picture has gone, it leaves the page's root element alone.
 */
export function hideWorldPreview(): void {
  const root = document.documentElement;
  if (root.classList.contains(SHOWN)) root.classList.remove(SHOWN);
}
