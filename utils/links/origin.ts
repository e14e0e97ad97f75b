// Addresses as host permissions see them. Kept apart from the reader, which brings the analyzer
// along: the popup, the options page and the access page ask for access with these alone (issue 11).

/** The host permission that covers an address: `https://example.com/*` (any port). */
export function originPattern(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Addresses of this machine or of the local network (loopback, private ranges, link-local,
 * .local, .localhost), from an address or an origin pattern.
 */
export function isPrivateHost(address: string): boolean {
  const host = (/^\w+:\/\/(\[[^\]]+\]|[^/:]+)/.exec(address)?.[1] ?? '').replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    /\.(?:local|localhost|internal|lan|home\.arpa)$/.test(host) ||
    /^(?:127\.|10\.|192\.168\.|169\.254\.|0\.)/.test(host) ||
    /^172\.(?:1[6-9]|2\d|3[01])\./.test(host) ||
    host === '::1' ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    /^fe80:/.test(host)
  );
}
