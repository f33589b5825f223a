import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strategyQuery } from '../content/queries';
import { selectRegion, useAppStore } from '../state/store';
import { parseUrl } from '../state/url';
import { createTestClient, regionOf, renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import { App } from './App';

// The map (MapLibre, WebGL) is covered by the Playwright journeys; here it is a placeholder.
vi.mock('./MapStage', () => ({ MapStage: () => <div data-testid="map-stage" /> }));

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  resetStore({ lang: 'da' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Render the app with the content already loaded; wait for the strings and the lazy share bar. */
async function renderApp() {
  const client = createTestClient();
  client.setQueryData(strategyQuery.queryKey, strategy);
  const result = renderWithClient(<App />, client);
  await screen.findByRole('heading', { level: 1 });
  await screen.findByRole('button', { name: STRINGS[useAppStore.getState().lang ?? 'da'].share });
  return result;
}

describe('App', () => {
  it('opens in Danish: title, filters, the overview panel and the map area', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(STRINGS.da.appTitle);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(STRINGS.da.introHeading);
    expect(screen.getByRole('searchbox', { name: STRINGS.da.searchLabel })).toBeTruthy();
    expect(screen.getByTestId('map-stage')).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
    expect(document.title).toBe(STRINGS.da.appTitleShort);
    // Danish letters come through from the content.
    expect(
      screen.getByRole('button', { name: new RegExp(`^${regionOf('greenland').name.da}`) }),
    ).toBeTruthy();
  });

  it('the language button switches to English and back, and the store follows', async () => {
    const user = userEvent.setup();
    await renderApp();
    const toEnglish = screen.getByRole('button', { name: STRINGS.da.switchLanguageLabel });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    await user.click(toEnglish);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(STRINGS.en.appTitle),
    );
    expect(useAppStore.getState().lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(STRINGS.en.introHeading);
    expect(
      screen.getByRole('button', { name: new RegExp(`^${regionOf('greenland').name.en}`) }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: STRINGS.en.switchLanguageLabel }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(STRINGS.da.appTitle),
    );
    expect(useAppStore.getState().lang).toBe('da');
  });

  it('a selected region names the page and fills the panel', async () => {
    await renderApp();
    act(() => selectRegion('mykolaiv'));
    const name = regionOf('mykolaiv').name.da;
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(name);
    await waitFor(() => expect(document.title).toBe(`${name} · ${STRINGS.da.appTitleShort}`));
  });

  it('the view buttons switch between the map and the table (pressed state follows)', async () => {
    const user = userEvent.setup();
    await renderApp();
    const views = screen.getByRole('group', { name: STRINGS.da.views });
    const mapButton = within(views).getByRole('button', { name: STRINGS.da.viewMap });
    const tableButton = within(views).getByRole('button', { name: STRINGS.da.viewTable });
    expect(mapButton.getAttribute('aria-pressed')).toBe('true');
    expect(tableButton.getAttribute('aria-pressed')).toBe('false');
    await user.click(tableButton);
    expect(await screen.findByRole('table', { name: STRINGS.da.tableCaption })).toBeTruthy();
    expect(tableButton.getAttribute('aria-pressed')).toBe('true');
    expect(useAppStore.getState().mainView).toBe('table');
    expect(screen.getByTestId('map-stage').parentElement?.hidden).toBe(true);
    await user.click(mapButton);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId('map-stage').parentElement?.hidden).toBe(false);
  });

  it('shows the notice for a link with ignored parts, and dismissing it removes it', async () => {
    const user = userEvent.setup();
    const { ignored } = parseUrl('?region=<script>&lang=xx');
    act(() => resetStore({ lang: 'da', ignored }));
    await renderApp();
    const notice = await screen.findByText(STRINGS.da.noticeHeading);
    expect(notice.parentElement?.querySelectorAll('li')).toHaveLength(ignored.length);
    await user.click(screen.getByRole('button', { name: STRINGS.da.dismiss }));
    expect(screen.queryByText(STRINGS.da.noticeHeading)).toBeNull();
  });

  it('when the content fails to load: a clear message and a retry that loads it', async () => {
    const user = userEvent.setup();
    const body = JSON.stringify(strategy);
    let fail = true;
    const fetchMock = vi.fn(() =>
      Promise.resolve(fail ? new Response('nope', { status: 503 }) : new Response(body, { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = createTestClient();
    // The content query asks for one retry of its own; make it immediate.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
    renderWithClient(<App />, client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(STRINGS.da.loadFailedContent);
    const callsBefore = fetchMock.mock.calls.length;
    expect(callsBefore).toBeGreaterThan(0);
    expect(screen.queryByRole('searchbox')).toBeNull();

    fail = false;
    await user.click(within(alert).getByRole('button', { name: STRINGS.da.retry }));
    expect(await screen.findByRole('searchbox', { name: STRINGS.da.searchLabel })).toBeTruthy();
    await screen.findByRole('button', { name: STRINGS.da.share });
    expect(fetchMock.mock.calls.length).toBe(callsBefore + 1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(STRINGS.da.introHeading);
  });
});
