// Every wording table, in one list for the meta-test (tests/unit/extract/wordings.test.ts).
import { ACT_CUES, CLAUSE_CUES, SECTION_HEADINGS } from './layout';
import { EXPEDITED, METHODS, REPRESENTATION } from './facts';
import { LABELS } from './labels';
import { OUTCOME_CUES } from './outcomes';
import { SIGNALS } from './signals';
import type { Wording } from './types';

export const ALL_WORDINGS: readonly Wording[] = [...LABELS, ...SIGNALS, ...OUTCOME_CUES, ...METHODS, ...EXPEDITED, ...REPRESENTATION, ...SECTION_HEADINGS, ...CLAUSE_CUES, ...ACT_CUES];

export * from './types';
export { LABELS, LABEL_CLASSES, HEADER_DEFAULT, type LabelClass } from './labels';
export { SIGNALS, SIGNAL_CLASSES } from './signals';
export { OUTCOME_CUES, CHECKED_OUTCOME, type OutcomeCue } from './outcomes';
export { METHODS, BOXED_METHOD, CHECKED_BOX, UNCHECKED_BOX, EXPEDITED, REPRESENTATION, BOTH_CASES } from './facts';
export { SECTION_HEADINGS, CLAUSE_CUES, ACT_CUES, type SectionKind, type ClauseCue, type ActCue } from './layout';
