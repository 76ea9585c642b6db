import mainScript from '../content/main.ts?iife';

/** Injects the full checker into a tab's frame. `force` checks the page even if the cheap gate says it is no report. */
export async function injectChecker(tabId: number, frameId = 0, force = false): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (force) {
    await chrome.scripting.executeScript({
      target,
      func: () => {
        (globalThis as { __nianbaoForce?: boolean }).__nianbaoForce = true;
      },
    });
  }
  await chrome.scripting.executeScript({ target, files: [mainScript] });
}
