import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../test-utils';
import { LoadError } from './LoadError';

describe('LoadError', () => {
  it('announces the message as an alert and offers a retry button', () => {
    render(
      <LoadError message={STRINGS.da.loadFailedContent} retryLabel={STRINGS.da.retry} onRetry={() => {}} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(STRINGS.da.loadFailedContent);
    const button = screen.getByRole('button', { name: STRINGS.da.retry });
    expect(alert.contains(button)).toBe(true);
  });

  it('calls the retry once per click', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <LoadError message={STRINGS.en.loadFailedGeometry} retryLabel={STRINGS.en.retry} onRetry={onRetry} />,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('works by keyboard: Tab reaches the button, Enter and Space retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <LoadError message={STRINGS.da.loadFailedContent} retryLabel={STRINGS.da.retry} onRetry={onRetry} />,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: STRINGS.da.retry }));
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
    await user.keyboard(' ');
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});
