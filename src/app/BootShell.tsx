/**
 * The page's frame while the app's strings load: header, panel and map area (the sea), drawn with
 * the app's own classes, with no text but a bilingual status. index.html holds the same markup in
 * #root (BootShell.test.tsx keeps the two equal), so the first paint already shows the layout in
 * flat colours, and React's first render changes
 * nothing on screen. The real header, panel and map replace it as they arrive.
 */
export function BootShell() {
  return (
    <div className="app">
      <header className="app-header" aria-hidden="true">
        <div className="app-title">
          <h1>&nbsp;</h1>
          <p>&nbsp;</p>
        </div>
      </header>
      <main className="app-main">
        <aside className="panel">
          <p className="loading" role="status">
            Indlæser … / Loading …
          </p>
        </aside>
        <div className="stage">
          <div className="map-area"></div>
        </div>
      </main>
      <footer className="app-footer" aria-hidden="true">
        <p>&nbsp;</p>
      </footer>
    </div>
  );
}
