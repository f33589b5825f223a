import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../content/ids';
import { STRINGS } from '../test-utils';
import { SheetHandle, snapHeight, stepHeight, useSheet } from './Sheet';

function Harness() {
  const [region, setRegion] = useState<RegionId | null>(null);
  const { height, setHeight, panel } = useSheet(region);
  return (
    <aside id="panel" ref={panel} data-sheet={height}>
      <SheetHandle height={height} setHeight={setHeight} panel={panel} strings={STRINGS.da} />
      <button type="button" onClick={() => setRegion('baltics')}>
        pick
      </button>
    </aside>
  );
}

describe('the bottom sheet', () => {
  it('snaps a drag to the nearest height and steps between heights', () => {
    expect([0.1, 0.3, 0.5, 0.7, 0.8, 1].map(snapHeight)).toEqual([
      'peek',
      'peek',
      'half',
      'half',
      'full',
      'full',
    ]);
    expect(stepHeight('half', 1)).toBe('full');
    expect(stepHeight('full', 1)).toBe('full');
    expect(stepHeight('half', -1)).toBe('peek');
    expect(stepHeight('peek', -1)).toBe('peek');
    expect(['peek', 'half', 'full'].map((h) => stepHeight(h as 'peek', 'cycle'))).toEqual([
      'half',
      'full',
      'peek',
    ]);
  });

  it('the handle is a named button: arrows change the height, a press cycles it, a pick opens it at half', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = document.getElementById('panel')!;
    const handle = screen.getByRole('button', { name: 'Panelets højde: halv' });
    expect(handle.getAttribute('aria-expanded')).toBe('false');
    handle.focus();
    await user.keyboard('{ArrowUp}');
    expect(panel.dataset.sheet).toBe('full');
    expect(handle.getAttribute('aria-expanded')).toBe('true');
    expect(handle.getAttribute('aria-label')).toBe('Panelets højde: fuld');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(panel.dataset.sheet).toBe('peek');
    await user.keyboard('{Enter}');
    expect(panel.dataset.sheet).toBe('half');
    await user.click(handle);
    expect(panel.dataset.sheet).toBe('full');
    await user.click(screen.getByRole('button', { name: 'pick' }));
    expect(panel.dataset.sheet).toBe('half');
  });
});
