/**
 * A classic script, bundled on its own by vite.config.ts and run at the end of <body>, right after
 * the page's static frame: the world's still picture is placed without waiting for the app's
 * modules. It is kept small (about 1 KB): it counts as first-load JS.
 */
import { opensOnTheWorld, showWorldPreview } from './worldPreview';

if (opensOnTheWorld(window.location.search)) showWorldPreview();
