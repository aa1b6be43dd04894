/** Options of {@link snippet}. */
export interface SnippetOptions {
  /** A corpus file's path or bytes (default: the package's own govlens.corpus). */
  corpus?: string | URL | Uint8Array;
  /** The URL of the folder that holds govlens.js and govlens-widget.css, as the page sees it. */
  base?: string;
  /** Put the script tag first (default true; a page needs it once). */
  script?: boolean;
  /** The style sheet inside the snippet rather than linked. */
  inlineCss?: boolean;
}

/**
 * `govlens snippet` at build time, in Node: the embed code for `element` (`card`, `scores`,
 * `benchmark`, `compare`, `ranking`, `trend`, `map`) with its content prerendered inside it.
 * Rejects with what the command says (an unknown country, an attribute no element reads).
 */
export function snippet(element: string, attributes?: Record<string, string | number | boolean>, options?: SnippetOptions): Promise<string>;
