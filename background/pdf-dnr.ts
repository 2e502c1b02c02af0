// PDFs whose URL does not end in .pdf: a declarativeNetRequest rule redirects top-level responses served as
// application/pdf (Chrome 128+ responseHeaders condition). DNR redirects need host access, so this covers the
// sites the user allowed ("Always scan this site"); elsewhere the popup's "Open in ClaimClock" does it.
// DNR cannot URL-encode, so the viewer also accepts the raw URL after file= (see fileParamOf), which comes last.
import { browser } from 'wxt/browser';

export const PDF_RESPONSE_RULE_ID = 5101;
export const BYPASS_RULE_ID = 5102;

type Rule = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0] extends infer O
  ? O extends { addRules?: (infer R)[] }
    ? R
    : never
  : never;

const PDF_CONTENT_TYPE = [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }];

export function pdfResponseRule(viewerPage: string, key: string): Rule {
  return {
    id: PDF_RESPONSE_RULE_ID,
    priority: 1,
    condition: {
      regexFilter: '^https?://.*$',
      resourceTypes: ['main_frame'],
      responseHeaders: PDF_CONTENT_TYPE,
    },
    action: { type: 'redirect', redirect: { regexSubstitution: `${viewerPage}?key=${key}&file=\\0` } },
  } as Rule;
}

/** RE2-escaped exact match of the URL, with or without a fragment (DNR sees the fragment). */
export function exactUrlRegex(url: string): string {
  return `^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#.*)?$`;
}

/** Lets one URL through to the browser's own viewer (the viewer's "Open in the browser's viewer" link). */
export function bypassRule(url: string): Rule {
  return {
    id: BYPASS_RULE_ID,
    priority: 2,
    // Same stage as the redirect (response headers), or the redirect would still apply after an early allow.
    condition: {
      regexFilter: exactUrlRegex(url.split('#')[0]!),
      resourceTypes: ['main_frame'],
      responseHeaders: PDF_CONTENT_TYPE,
    },
    action: { type: 'allow' },
  } as Rule;
}

type Dnr = Pick<typeof browser.declarativeNetRequest, 'updateSessionRules'>;

/** Adds or removes the content-type rule to match settings.pdfViewer. Browsers without the condition: no-op. */
export async function syncPdfResponseRule(enabled: boolean, viewerPage: string, key: string, dnr: Dnr = browser.declarativeNetRequest) {
  try {
    await dnr.updateSessionRules({
      removeRuleIds: [PDF_RESPONSE_RULE_ID],
      addRules: enabled ? [pdfResponseRule(viewerPage, key)] : [],
    });
  } catch (err) {
    console.info('[ClaimClock] PDF content-type redirect unavailable here', err);
  }
}

/** Called by the viewer before it sends the user to the browser's viewer. */
export async function allowBrowserViewer(url: string, dnr: Dnr | undefined = browser.declarativeNetRequest) {
  try {
    await dnr?.updateSessionRules({ removeRuleIds: [BYPASS_RULE_ID], addRules: [bypassRule(url)] });
  } catch {
    // Without DNR the #claimclock-skip fragment alone keeps the webNavigation redirect away.
  }
}
