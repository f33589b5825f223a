import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { parseUrl } from '../state/url';
import { resetStore, STRINGS } from '../test-utils';
import Notice from './Notice';

beforeEach(() => resetStore());

/** The Notice as the app shows it: fed from the store, which the opening link filled. */
function StoreNotice({ lang }: { lang: 'da' | 'en' }) {
  const ignored = useAppStore((s) => s.ignored);
  return <Notice ignored={ignored} strings={STRINGS[lang]} />;
}

describe('Notice', () => {
  it('renders nothing when nothing was ignored', () => {
    const { container } = render(<Notice ignored={[]} strings={STRINGS.da} />);
    expect(container.innerHTML).toBe('');
  });

  it('lists every ignored part of a hostile link, with the reason in plain words, as text only', () => {
    const { ignored } = parseUrl('?region=<script>alert(1)</script>&foo=1&lang=xx&priority=defence,bogus');
    expect(ignored.length).toBeGreaterThanOrEqual(4);
    render(<Notice ignored={ignored} strings={STRINGS.da} />);
    const status = screen.getByRole('status');
    expect(within(status).getByText(STRINGS.da.noticeHeading)).toBeTruthy();
    const items = within(status).getAllByRole('listitem');
    expect(items).toHaveLength(ignored.length);
    ignored.forEach((part, i) => {
      const shown = part.value === '' ? part.param : `${part.param}=${part.value}`;
      expect(items[i]!.querySelector('code')?.textContent).toBe(shown);
      expect(items[i]!.textContent).toBe(`${shown}: ${STRINGS.da.ignoredReason[part.reason]}`);
    });
    // The value is shown, never run or parsed as markup.
    expect(status.querySelector('script')).toBeNull();
    expect(status.textContent).toContain('<script>');
  });

  it('speaks the reader’s language', () => {
    const { ignored } = parseUrl('?region=atlantis');
    render(<Notice ignored={ignored} strings={STRINGS.en} />);
    expect(screen.getByText(STRINGS.en.noticeHeading)).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('region=atlantis: unknown region');
  });

  it('the dismiss button clears the ignored parts from the store, and the notice goes away', async () => {
    const user = userEvent.setup();
    const { ignored } = parseUrl('?region=atlantis&zoom=3');
    act(() => resetStore({ ignored }));
    render(<StoreNotice lang="da" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(ignored.length);
    await user.click(screen.getByRole('button', { name: STRINGS.da.dismiss }));
    expect(useAppStore.getState().ignored).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('can be dismissed by keyboard', async () => {
    const user = userEvent.setup();
    act(() => resetStore({ ignored: parseUrl('?lang=fr').ignored }));
    render(<StoreNotice lang="en" />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: STRINGS.en.dismiss }));
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().ignored).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('Notice, compact (the embed view)', () => {
  it('names the ignored parts on one line, as text, and can be dismissed', async () => {
    const { ignored } = parseUrl('?region=<script>&foo=1');
    act(() => useAppStore.setState({ ignored }));
    function Compact() {
      const parts = useAppStore((s) => s.ignored);
      return <Notice ignored={parts} strings={STRINGS.en} compact />;
    }
    render(<Compact />);
    const status = screen.getByRole('status');
    expect(status.querySelectorAll('li')).toHaveLength(0);
    expect(status.textContent).toBe(
      `${STRINGS.en.noticeHeading} region=<script>, foo=1 ${STRINGS.en.dismiss}`,
    );
    expect(status.querySelector('script')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: STRINGS.en.dismiss }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
