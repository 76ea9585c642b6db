// Worker bootstrap: registers the TypeScript loader (tsx) in this thread, then loads the fuzz worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
