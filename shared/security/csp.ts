/**
 * The one Content-Security-Policy of the renderer, served as a response header by the
 * Electron `app://` protocol handler and by the browser build's static server alike.
 * No 'unsafe-eval' and no inline scripts. Styles need a per-response nonce because
 * Mantine injects its CSS variables in a <style> element.
 */
export const CSP_NONCE_PLACEHOLDER = '__WASL_CSP_NONCE__';

export function contentSecurityPolicy(nonce: string, options: { connectSources?: readonly string[] } = {}): string {
  const connect = ["'self'", ...(options.connectSources ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the response's nonce into the HTML (a meta tag the renderer reads for Mantine). */
export function injectNonce(html: string, nonce: string): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}
