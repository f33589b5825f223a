// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_CONF, netlifyHeaders, nginxConf } from '../deploy-configs.mjs';
import { CSP_DIRECTIVES, cspHeader, headersFor, pageKind } from '../headers.mjs';
import { markEmbed } from '../vite-deploy.mjs';

describe('headers', () => {
  it('lets only the embed view be framed, under any base', () => {
    expect(pageKind('/')).toBe('app');
    expect(pageKind('/embed/')).toBe('embed');
    expect(pageKind('/embed/index.html')).toBe('embed');
    expect(pageKind('/embedded')).toBe('app');
    expect(pageKind('/embed/', '/strategy-map/')).toBe('app');
    expect(pageKind('/strategy-map/embed/', '/strategy-map/')).toBe('embed');
    expect(headersFor('/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headersFor('/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/embed/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed/')['X-Frame-Options']).toBeUndefined();
  });

  it('caches only hashed assets for good', () => {
    expect(headersFor('/assets/app-x1.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/s/assets/app-x1.js', '/s/')['Cache-Control']).toContain('immutable');
    for (const path of ['/', '/index.html', '/embed/', '/data/strategy.json', '/geo/world.json']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
    }
  });

  it("gives the dev server a looser policy only where Vite's injections need it", () => {
    const parse = (csp: string) =>
      new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));
    const dev = parse(cspHeader('app', { dev: true }));
    const prod = parse(cspHeader('app'));
    const changed = [...dev.keys()].filter((k) => dev.get(k)!.join() !== prod.get(k)?.join());
    expect(changed.sort()).toEqual(['connect-src', 'script-src', 'style-src']);
    expect(prod.get('script-src')).toEqual(CSP_DIRECTIVES['script-src']);
    expect(cspHeader('app')).not.toContain('unsafe');
  });
});

describe('shipped configs', () => {
  it('deploy/nginx/strategy-map.conf is what scripts/deploy-configs.mjs writes', () => {
    expect(readFileSync(NGINX_CONF, 'utf8')).toBe(nginxConf('/'));
  });

  it('nginx: every location sends the headers of its path', () => {
    const conf = nginxConf('/x/');
    const blocks = conf.split(/\n(?=(?: {4})?location )/).filter((b) => /^\s*location /.test(b));
    expect(blocks.map((b) => b.trim().split('{')[0]!.trim())).toEqual([
      'location ^~ /x/assets/',
      'location ^~ /x/embed/',
      'location ~ \\.[^/]+$',
      'location ^~ /x/da/',
      'location ^~ /x/en/',
      'location /x/',
      'location ~ \\.[^/]+$',
    ]);
    // The embed location and the one nested in it frame-ancestors *; all others 'none'.
    blocks.forEach((block, i) => {
      const kind = i === 1 || i === 2 ? 'embed' : 'app';
      expect(block).toContain(`add_header Content-Security-Policy "${cspHeader(kind)}" always;`);
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(block).toContain('add_header Referrer-Policy "no-referrer" always;');
    });
    expect(blocks[0]).toContain('Cache-Control "public, max-age=31536000, immutable"');
    expect(conf).toContain('try_files $uri $uri/index.html /x/index.html;');
    expect(conf).toContain('try_files $uri $uri/index.html /x/embed/index.html;');
    // The static pages' folders: an unknown path there is the 404 page, with status 404.
    expect(conf).toContain('try_files $uri $uri/index.html =404;\n    error_page 404 /x/404.html;');
    expect(conf).toMatch(/^gzip on;$/m);
    expect(conf).toMatch(/^gzip_types .*application\/json.*image\/svg\+xml/m);
  });

  it('_headers: one rule per path, the embed view framable, assets immutable', () => {
    const text = netlifyHeaders(
      [
        { name: 'index.html', directory: false },
        { name: 'assets', directory: true },
        { name: 'embed', directory: true },
        { name: 'data', directory: true },
        { name: '_headers', directory: false },
      ],
      '/x/',
    );
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('/')) rules.set((current = line), []);
      else if (line.startsWith('  ')) rules.get(current)!.push(line.trim());
    }
    expect([...rules.keys()]).toEqual([
      '/x/',
      '/x/assets/*',
      '/x/data/*',
      '/x/embed/',
      '/x/embed/*',
      '/x/index.html',
    ]);
    expect(rules.get('/x/embed/')).toContain(`Content-Security-Policy: ${cspHeader('embed')}`);
    expect(rules.get('/x/')).toContain(`Content-Security-Policy: ${cspHeader('app')}`);
    expect(rules.get('/x/assets/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
    expect(rules.get('/x/index.html')).toContain('Cache-Control: no-cache');
  });

  it('the embed page is the app page, marked', () => {
    expect(markEmbed('<!doctype html>\n<html lang="da"><head>')).toBe(
      '<!doctype html>\n<html data-embed lang="da"><head>',
    );
  });
});
