import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BootShell } from './BootShell';

/** Markup as the DOM serialises it, without the whitespace between tags. */
function normalise(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html.replace(/>[ \t\r\n]+</g, '><').trim();
  return box.innerHTML;
}

describe('BootShell', () => {
  const indexHtml = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
  // The page's markup is read as text: parsing it as a document would fetch its preloads.
  const root = /<div id="root">([\s\S]*)<\/div>\s*<script /.exec(indexHtml)?.[1];

  it("is what index.html's #root shows before the app runs, so React's first render changes nothing", () => {
    expect(root).toBeDefined();
    expect(normalise(root ?? '')).toBe(normalise(renderToStaticMarkup(<BootShell />)));
  });

  it('tells everyone, in both languages, that the app is loading; the empty header is hidden from screen readers', () => {
    const box = document.createElement('div');
    box.innerHTML = renderToStaticMarkup(<BootShell />);
    expect(box.querySelector('[role="status"]')?.textContent).toBe('Indlæser … / Loading …');
    expect(box.querySelector('header')?.getAttribute('aria-hidden')).toBe('true');
    expect(box.querySelector('.panel')).not.toBeNull();
    expect(box.querySelector('.map-area')).not.toBeNull();
  });
});
