// A brand's link-tracking policy: which parameters its links must carry, by domain.
import type { Brand } from './schema';

function domainMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return host === pattern || host === `www.${pattern}`;
}

/** Parameters the brand's UTM policy requires on links to `host`. */
export function requiredParameters(brand: Brand, host: string): string[] {
  return [
    ...new Set(brand.utm.filter((p) => p.domains.some((d) => domainMatches(d, host))).flatMap((p) => p.parameters)),
  ];
}
