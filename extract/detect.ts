// STUB — replaced by the extraction work (issue 3).
import type { Notice } from '../model';
import type { TextDocument } from './text-document';
export function detect(_doc: TextDocument): Notice[] {
  return [];
}
