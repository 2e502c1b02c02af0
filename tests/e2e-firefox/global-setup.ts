// Runs once before the Firefox end-to-end files: a missing firefox-esr or build fails the run with what to do.
import { checkPrerequisites } from './harness';

export default function setup(): void {
  checkPrerequisites();
}
