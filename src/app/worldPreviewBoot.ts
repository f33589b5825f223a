/**
 * A classic script, bundled on its own by vite.config.ts and run at the end of <body>, right after
 * the page's static frame: the world's still picture is placed before the first frame, without
 * waiting for the app's modules. It reads the link as the app does.
 */
import { parseUrl } from '../state/url';
import { opensOnTheWorld, showWorldPreview } from './worldPreview';

if (opensOnTheWorld(parseUrl(window.location.search).state)) showWorldPreview();
