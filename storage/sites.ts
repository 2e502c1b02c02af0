// Allowed sites as stored: a list of origins. background/site-access.ts registers the content script for them.
import { Origin } from './schema';
import { KEYS, allowedSitesItem, serialized } from './items';
import { quarantine } from './quarantine';
import { mayRepair } from './writer';

/** 'https://portal.example.com:8443' → 'https://portal.example.com/*' (match patterns carry no port). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Only web sites can be allowed, not ${url.protocol}`);
  return `${url.protocol}//${url.hostname}/*`;
}

export async function loadAllowedSites(): Promise<string[]> {
  const raw: unknown = await allowedSitesItem.getValue();
  const list = Array.isArray(raw) ? raw : [];
  const valid = [...new Set(list.filter((o): o is string => Origin.safeParse(o).success))];
  if ((!Array.isArray(raw) || valid.length !== list.length) && (await mayRepair())) {
    await quarantine(KEYS.allowedSites, 'allowedSites: expected a list of web origins', raw);
    await allowedSitesItem.setValue(valid);
  }
  return valid;
}

export const readAllowedSites = serialized(loadAllowedSites);

export const removeAllowedSite = serialized(async (origin: string): Promise<void> => {
  let normalized = origin;
  try {
    normalized = new URL(origin).origin;
  } catch {
    // not a URL: remove it as written
  }
  const sites = await loadAllowedSites();
  if (sites.includes(normalized)) await allowedSitesItem.setValue(sites.filter((s) => s !== normalized));
});
