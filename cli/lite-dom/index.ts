/** A minimal, fast, read-only DOM for the Node checker, built from htmlparser2's events (see build.ts). */
export { buildLiteDocument, parseLiteDocument } from './build.ts';
export { LiteDocument, LiteElement, LiteText, LiteComment, LiteNode } from './nodes.ts';
