// Hand-written fakes for browser.permissions and browser.scripting (WXT's fakeBrowser leaves them unimplemented).
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeSiteApis {
  granted: Set<string>;
  registered: Map<string, { id: string; matches?: string[]; js?: string[] }>;
  executed: { tabId: number; files: string[] }[];
  removedListeners: ((p: { origins?: string[] }) => void)[];
}

export function installFakeSiteApis(): FakeSiteApis {
  const state: FakeSiteApis = { granted: new Set(), registered: new Map(), executed: [], removedListeners: [] };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => state.granted.delete(o));
      return true;
    },
    onRemoved: { addListener: (cb: (p: { origins?: string[] }) => void) => state.removedListeners.push(cb) },
  };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...state.registered.values()].filter((s) => !ids || ids.includes(s.id)),
    registerContentScripts: async (scripts: { id: string }[]) => {
      for (const s of scripts) {
        if (state.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => state.registered.delete(id)),
    executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      state.executed.push({ tabId: target.tabId, files });
      if (target.tabId < 0) throw new Error('Cannot access contents of the page');
      return [{ frameId: 0, result: { url: 'https://portal.example.com/', title: 'Portal', notices: [] } }];
    },
  };
  return state;
}
