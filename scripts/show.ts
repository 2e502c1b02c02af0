// Prints the text a corpus document reads as (what the extractor sees), for studying a mistake.
//   npx tsx scripts/show.ts b08-pbm-portal-prior-auth.html
import { loadTrainingCorpus } from '../tests/fixtures/score';

const [file] = process.argv.slice(2);
const doc = (await loadTrainingCorpus()).find((d) => d.file === file);
if (!doc) throw new Error(`no corpus document ${file}`);
console.log(doc.doc.text);
