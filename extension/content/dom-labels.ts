/**
 * Everything the extension writes into a host page, declared in one place.
 * The page gets exactly one element: the overlay host. Everything else lives in its shadow root.
 */

/** Tag of the single overlay host element (an autonomous custom-element name, never registered: content scripts have no customElements). */
export const HOST_TAG = 'nianbao-inspector-overlay';

/** Attribute on the host carrying the extension version, to tell stale hosts from a previous install. */
export const HOST_VERSION_ATTR = 'data-nianbao-version';

/** Global (content-script isolated world) flag guarding against double injection. */
export const INJECTED_FLAG = '__nianbaoInspector';
