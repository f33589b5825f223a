export interface Budgets {
  readonly firstLoadJsGzip: number;
  readonly geometryGzip: number;
  readonly contentGzip: number;
}
export declare const BUDGETS: Budgets;

export interface Sizes {
  raw: number;
  gzip: number;
}
export interface SizedFiles extends Sizes {
  files: string[];
}
export interface FirstLoadFile extends Sizes {
  /** Path inside dist/, e.g. "assets/index-abc.js". */
  file: string;
  /** Why it loads at start: "script", "modulepreload" or "import from <file>". */
  via: string;
  maplibre: boolean;
}
export interface FirstLoadJs {
  files: FirstLoadFile[];
  outsideMapLibre: SizedFiles;
  /** MapLibre chunks among the first-load files (should be none: the map loads lazily). */
  mapLibreAtStart: string[];
  /** Files the first-load JS imports dynamically. */
  lazy: string[];
  /** Start URLs that are not files in dist/ (other origins, typos). */
  missing: string[];
}
export interface StartUrls {
  scripts: string[];
  modulepreloads: string[];
  stylesheets: string[];
  preloads: string[];
}
export interface BudgetCheck {
  id: 'firstLoadJs' | 'geometry' | 'content';
  label: string;
  value: number;
  limit: number;
  files: string[];
  ok: boolean;
}
export interface BudgetReport {
  js: FirstLoadJs;
  geometry: SizedFiles & { detected: boolean };
  content: SizedFiles;
  mapLibreChunks: string[];
  checks: BudgetCheck[];
}

export declare function gzipSize(buffer: Uint8Array | string): number;
export declare function fileSizes(file: string): Sizes;
export declare function formatKB(bytes: number): string;
export declare function htmlStartUrls(html: string): StartUrls;
export declare function staticImports(source: string): string[];
export declare function dynamicImports(source: string): string[];
export declare function isMapLibreChunk(name: string, source: string): boolean;
export declare function firstLoadJs(distDir?: string): FirstLoadJs;
export declare function mapLibreChunks(distDir?: string): string[];
export declare function startGeometry(distDir?: string): SizedFiles & { detected: boolean };
export declare function contentSize(distDir?: string): SizedFiles;
export declare function measureBudgets(distDir?: string): BudgetReport;
export declare function describeCheck(check: BudgetCheck): string;
