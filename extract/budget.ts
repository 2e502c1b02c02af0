// A time budget for reading one document. Every pattern runs in linear time, so a scan is bounded by the size of its
// input; the budget turns "bounded" into "bounded by what the user can wait for": the content script and the viewer
// stop a scan that overruns it and say the page is too large to read automatically, instead of freezing the tab.
import { DocumentError } from './errors';

/** Longest text detect() reads at all (a letter is a few thousand characters; a huge portal page a few hundred thousand). */
export const MAX_DETECT_CHARS = 4_000_000;

export interface BudgetOptions {
  /** Milliseconds the whole reading may take; no limit when absent. */
  budgetMs?: number;
  /** A budget already running (the page reader's), shared instead of starting a new one. */
  budget?: BudgetCheck;
  /** The clock (a seam for tests); performance.now or Date.now. */
  now?: () => number;
}

/** A function to call between steps: throws DocumentError('over_budget') once the budget is spent. */
export type BudgetCheck = () => void;

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function startBudget(opts: BudgetOptions = {}): BudgetCheck {
  if (opts.budget) return opts.budget;
  if (opts.budgetMs === undefined) return () => {};
  const now = opts.now ?? clock;
  const deadline = now() + opts.budgetMs;
  return () => {
    if (now() > deadline) throw new DocumentError('over_budget');
  };
}

/** Refuses text longer than MAX_DETECT_CHARS before any work is done. */
export function checkSize(text: string): void {
  if (text.length > MAX_DETECT_CHARS) throw new DocumentError('over_budget', `${text.length} characters`);
}
