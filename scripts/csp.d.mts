export declare const CSP_DIRECTIVES: Record<string, string[]>;
export declare const HEADER_ONLY_DIRECTIVES: Record<string, string[]>;
export declare function cspString(directives: Record<string, string[]>): string;
