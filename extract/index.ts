// Public API of document understanding (pure). Implementation lands with issue 3.
export type { TextDocument } from './text-document';
export { detect } from './detect';
