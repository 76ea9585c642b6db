import { z } from 'zod';

/**
 * The library runs under a CSP without 'unsafe-eval' (index.html, pwa/public/_headers): zod must not generate code.
 * Said once here rather than left to zod's own feature test (a `new Function('')` in a try), which the browser
 * reports as a CSP violation. Imported first by the page (main.tsx) and the import worker.
 */
z.config({ jitless: true });
