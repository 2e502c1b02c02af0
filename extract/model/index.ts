// The fitted weights (scripts/fit.ts writes weights.json from the labelled corpus; a test checks the committed file is
// exactly what the script produces). One binary model per notice kind, one outcome model per kind that has outcomes,
// one binary date model shared by every role ("is this date the notice's <role>?", extract/features.ts roleFeatures)
// and one for 'quoted' (a date from another document).
import type { DetectedKind } from '../kinds';
import type { LinearModel } from './linear';
import weights from './weights.json';

export interface Weights {
  /** What was fitted on: the batches and the number of documents. */
  fittedOn: { sets: string[]; documents: number };
  kinds: Record<DetectedKind, LinearModel>;
  outcomes: Partial<Record<DetectedKind, LinearModel>>;
  dates: LinearModel;
  quoted: LinearModel;
}

export const WEIGHTS = weights as unknown as Weights;

export { fit, predict, probability, type Example, type FitOptions, type LinearModel } from './linear';
