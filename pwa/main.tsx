import './zod-config.ts';
import { render } from 'preact';
import { App } from './app.tsx';
import { getDb } from './db/instance.ts';
import { langStore } from './state/prefs.ts';
import './styles.css';

document.documentElement.lang = langStore.get();
void getDb().open().catch((error: unknown) => console.error('database open failed', error));
render(<App />, document.getElementById('app')!);
