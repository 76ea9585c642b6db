import { SettingsSchema, type Settings } from '../../core/engine/config.ts';

const KEY = 'settings';

/** Reads the user's settings (chrome.storage.local), falling back to defaults when missing or invalid. */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(KEY);
  const parsed = SettingsSchema.safeParse(stored[KEY] ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = SettingsSchema.safeParse(changes[KEY].newValue ?? {});
    callback(parsed.success ? parsed.data : SettingsSchema.parse({}));
  };
  chrome.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => chrome.storage.onChanged.removeListener(listener), { once: true });
}
