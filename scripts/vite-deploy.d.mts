import type { Plugin } from 'vite';
export declare function markEmbed(html: string): string;
export declare function deployment(): Plugin;
