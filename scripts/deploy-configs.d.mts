export declare const NGINX_CONF: string;
export declare function nginxConf(base?: string): string;
export declare function netlifyHeaders(
  entries: Iterable<{ name: string; directory: boolean }>,
  base?: string,
): string;
