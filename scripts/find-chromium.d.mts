export declare function findChromium(): string;
export declare const WEBGL_ARGS: string[];
export declare const NO_WEBGL_ARGS: string[];
