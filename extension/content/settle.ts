/**
 * Waits until a subtree stops changing: resolves after `quietMs` without mutations, or after `maxMs` at most.
 * Portals that load the report body by script (WebBuilder shells, SPAs) settle this way before we parse.
 */
export function waitForQuiet(target: Node, quietMs: number, maxMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(done, quietMs);
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    timer = window.setTimeout(done, quietMs);
    const cap = window.setTimeout(done, maxMs);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Calls `onChange` (debounced by `quietMs`) whenever the subtree changes; stops on abort.
 * Used to re-scan a report whose content changes after the first pass.
 */
export function watchChanges(target: Node, quietMs: number, onChange: () => void, signal: AbortSignal): void {
  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = window.setTimeout(onChange, quietMs);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
