import { useEffect, useRef, useState, type RefObject } from 'react';
import type { RegionId } from '../content/ids';
import type { Strings } from '../i18n/strings';

/**
 * The panel as a bottom sheet on narrow screens (app.css sizes `.panel[data-sheet]` at 640 px and
 * below; wider, the handle is hidden and the height ignored). Three heights; the reader drags the
 * handle or uses it as a button. Not a dialog: it never holds focus.
 */
export type SheetHeight = 'peek' | 'half' | 'full';
const HEIGHTS: readonly SheetHeight[] = ['peek', 'half', 'full'];

export function useSheet(region: RegionId | null) {
  const [height, setHeight] = useState<SheetHeight>('half');
  const [shownRegion, setShownRegion] = useState(region);
  const panel = useRef<HTMLElement>(null);

  // A picked region opens the sheet at half height (set while rendering: no extra frame at the old
  // height), its heading at the top.
  if (region !== shownRegion) {
    setShownRegion(region);
    if (region !== null) setHeight('half');
  }
  useEffect(() => {
    if (region !== null) panel.current?.scrollTo({ top: 0 });
  }, [region]);

  return { height, setHeight, panel };
}

/** The nearest height for a dragged sheet, by its share of the space it can fill. */
export function snapHeight(share: number): SheetHeight {
  return share < 0.38 ? 'peek' : share < 0.8 ? 'half' : 'full';
}

/** One step taller (+1) or shorter (-1); activation cycles peek, half, full, peek. */
export function stepHeight(height: SheetHeight, step: 1 | -1 | 'cycle'): SheetHeight {
  const i = HEIGHTS.indexOf(height);
  if (step === 'cycle') return HEIGHTS[(i + 1) % HEIGHTS.length]!;
  return HEIGHTS[Math.min(HEIGHTS.length - 1, Math.max(0, i + step))]!;
}

interface SheetHandleProps {
  height: SheetHeight;
  setHeight: (height: SheetHeight) => void;
  panel: RefObject<HTMLElement | null>;
  strings: Strings;
}

/** The sheet's handle: drag it (touch, pen or mouse), press it to cycle, or use the arrow keys. */
export function SheetHandle({ height, setHeight, panel, strings }: SheetHandleProps) {
  const dragged = useRef(false);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    const element = panel.current;
    const room = element?.parentElement?.clientHeight;
    if (!element || !room || e.button !== 0) return;
    const handle = e.currentTarget;
    const startY = e.clientY;
    const startHeight = element.getBoundingClientRect().height;
    dragged.current = false;
    handle.setPointerCapture(e.pointerId);
    // The height follows the finger directly (no React render per move); the state takes over on release.
    const onMove = (m: PointerEvent) => {
      const dy = m.clientY - startY;
      if (!dragged.current && Math.abs(dy) < 6) return;
      dragged.current = true;
      element.classList.add('is-dragging');
      element.style.height = `${Math.min(room, Math.max(48, startHeight - dy))}px`;
    };
    const onEnd = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onEnd);
      handle.removeEventListener('pointercancel', onEnd);
      if (!dragged.current) return;
      const share = element.getBoundingClientRect().height / room;
      element.classList.remove('is-dragging');
      element.style.height = '';
      setHeight(snapHeight(share));
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onEnd);
    handle.addEventListener('pointercancel', onEnd);
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={`${strings.sheetHandle}: ${strings.sheetHeights[height]}`}
      aria-expanded={height === 'full'}
      aria-controls="panel"
      onPointerDown={onPointerDown}
      onClick={(e) => {
        // A mouse drag ends in a click on the handle: not a press. (A key's click has no detail.)
        if (e.detail > 0 && dragged.current) return;
        setHeight(stepHeight(height, 'cycle'));
      }}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
        if (step === 0) return;
        e.preventDefault();
        setHeight(stepHeight(height, step));
      }}
    />
  );
}
