import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following its changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** A touch screen without a mouse: no keyboard-shortcut hints there. */
export const TOUCH_ONLY = '(hover: none) and (pointer: coarse)';
