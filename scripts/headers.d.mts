export type PageKind = 'app' | 'embed';
export declare const CSP_DIRECTIVES: Record<string, string[]>;
export declare const FRAME_ANCESTORS: Record<PageKind, string[]>;
export declare const DEV_CSP_ADDITIONS: Record<string, string[]>;
export declare const EMBED_DIR: string;
export declare const HASHED_DIR: string;
export declare const CACHE_CONTROL: { hashed: string; revalidate: string };
export declare const COMPRESSIBLE_TYPES: string[];
export declare function cspString(directives: Record<string, string[]>): string;
export declare function cspHeader(kind: PageKind, options?: { dev?: boolean }): string;
export declare function pageKind(pathname: string, base?: string): PageKind;
export declare function securityHeaders(kind: PageKind, options?: { dev?: boolean }): Record<string, string>;
export declare function cacheControl(pathname: string, base?: string): string;
export declare function headersFor(
  pathname: string,
  base?: string,
  options?: { dev?: boolean },
): Record<string, string>;
