/** The head follows the view: title, description and the canonical link (the view's static page). */
export function syncHead(title: string, description: string, canonical: string): void {
  document.title = title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  let link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'canonical';
    document.head.append(link);
  }
  link.href = canonical;
}

/**
 * A static page (written by the build, prerender/) holds the view as HTML beside an empty #root,
 * which stays hidden while it is there. The app removes it once its own panel shows the same view.
 */
export function removeStaticPage(): void {
  document.getElementById('static-page')?.remove();
}
