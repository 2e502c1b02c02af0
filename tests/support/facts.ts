// The fact readers on a plain text (the tests write short snippets): the layout and scope detect() would give them.
import { textDocumentFromString } from '../../extract';
import * as facts from '../../extract/facts';
import { readForModels } from '../../extract/read';

const read = (text: string) => readForModels(textDocumentFromString(text, 'test.txt'));

export const serviceMethod = (text: string) => {
  const r = read(text);
  return facts.serviceMethod(r.layout, r.scope, r.lang);
};
export const expedited = (text: string) => {
  const r = read(text);
  return facts.expedited(r.layout, r.scope, r.lang);
};
export const represented = (text: string) => {
  const r = read(text);
  return facts.represented(r.layout, r.scope, r.lang);
};
export const { claimNumber, treatment, medication } = facts;
