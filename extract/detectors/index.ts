// The registry: one detector per notice kind. Adding a kind = one file + one line here (and its fixtures).
import { imrDetermination } from './imr-determination';
import { mmiReport } from './mmi-report';
import { mpnSecondOpinion } from './mpn-second-opinion';
import { qmePanel } from './qme-panel';
import type { Detector } from './types';
import { urDecision } from './ur-decision';

export const DETECTORS: readonly Detector[] = [urDecision, imrDetermination, qmePanel, mmiReport, mpnSecondOpinion];

/** Configuration mistakes fail loudly at start-up (STYLE.md 3). */
export function validateDetectors(detectors: readonly Detector[] = DETECTORS): void {
  const kinds = new Set<string>();
  for (const d of detectors) {
    if (kinds.has(d.kind)) throw new Error(`two detectors for ${d.kind}`);
    kinds.add(d.kind);
    if (!d.fixtures.length) throw new Error(`detector ${d.kind} lists no fixtures`);
    if (!d.signals.some((s) => s.weight > 0)) throw new Error(`detector ${d.kind} has no positive signal`);
    if (d.threshold <= 0 || d.threshold >= 1) throw new Error(`detector ${d.kind}: threshold must be in (0, 1)`);
    for (const role of Object.values(d.roles)) if (!role) throw new Error(`detector ${d.kind}: empty role`);
  }
}
validateDetectors();

export type { Detector, DetectContext, Signal } from './types';
