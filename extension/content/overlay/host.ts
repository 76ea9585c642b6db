import { HOST_TAG, HOST_VERSION_ATTR } from '../dom-labels.ts';

/** Inline !important declarations beat any author rule aimed at the host (`*`, `:not(:defined)`, `html > :last-child`…). */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['contain', 'none'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
];

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  layer: HTMLDivElement;
}

/**
 * Creates the single host element, appended to <html> (outside <body>, so the page's body observers and
 * `body > *` rules never see it). The shadow root is open so tests (and assistive tools) can pierce it; the page
 * gains nothing from that: everything inside is our own markup, and no page text is ever inserted as HTML.
 */
export function createHost(doc: Document, css: string, version: string): OverlayHost {
  for (const stale of Array.from(doc.getElementsByTagName(HOST_TAG))) stale.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(HOST_VERSION_ATTR, version);
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(style, layer);
  doc.documentElement.append(host);
  return { host, root, layer };
}
