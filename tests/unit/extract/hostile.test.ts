// Whatever a page or file holds, document understanding returns (possibly nothing) and never throws or hangs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, labelDates, parseDates, quickRelevant, textDocumentFromString } from '../../../extract';
import { buildLayout } from '../../../extract/layout';

const LETTER = 'NOTICE OF UTILIZATION REVIEW DECISION\nClaim Number: SMC-0448217\nDate of Injury: 08/19/2025\nDate of UR Decision: 03/02/2026\nWe reviewed the Request for Authorization under the workers\' compensation MTUS. The request is not certified.\n';

describe('hostile input', () => {
  it('handles a huge document (2 MB of dates and notice words); the test timeout is the hang guard', () => {
    const big = `${LETTER}${'Date of service 03/04/2026 UR decision denied RFA 3/4/26 04-Mar-2026 March 4,\n'.repeat(28_000)}`;
    const notices = detect(textDocumentFromString(big, 'big.txt'), { today: '2026-12-31' });
    expect(notices.map((n) => n.kind)).toContain('ur_decision');
  }, 60_000);

  it('handles long runs without separators and pathological repetition', () => {
    for (const s of ['a'.repeat(300_000), '1/'.repeat(100_000), ' \t'.repeat(100_000), 'March '.repeat(50_000), `${'(x'.repeat(20_000)}`, '\n'.repeat(200_000)]) {
      expect(() => detect(textDocumentFromString(`utilization review ${s}`, 's.txt'))).not.toThrow();
    }
  });

  it('handles weird unicode: RTL marks, zero-width characters, emoji, lone surrogates, NUL, full-width digits', () => {
    const weird = `${LETTER}\u202eDate of UR Decision\u200b: ０３/０２/２０２６ 🦄 \ud800 \u0000 Ｍarch 4, 2026 e\u0301 ﬁ ${'\u0301'.repeat(500)}`;
    expect(() => detect(textDocumentFromString(weird, 'w.txt'))).not.toThrow();
    expect(() => parseDates(weird)).not.toThrow();
  });

  it('reads HTML with scripts, comments, CDATA, unclosed tags and entities without running or reading scripts', () => {
    const html = `<html><head><script>alert("Date of UR Decision: 01/01/2026")</script></head><body>
      <!-- Date mailed: 01/01/2026 --><div><p>${LETTER.replace(/\n/g, '<br>')}<script type="module">import x from "y"; document.body.append("Date mailed: 01/02/2026")</script>
      <style>p::after{content:"01/03/2026"}</style><template><p>Date mailed: 01/04/2026</p></template>
      <p>&lt;script&gt; &amp;amp; &#x1F600; &#99999999; &bogus; <b><i>unclosed<p>PROOF OF SERVICE: served by mail on 03/04/2026<svg><text>01/05/2026</text></svg><![CDATA[01/06/2026]]><script>never closed 01/07/2026`;
    const doc = htmlToTextDocument(html, 'x.html');
    expect(doc.text).not.toMatch(/01\/0[1-7]\/2026|alert|import x/);
    const [n] = detect(doc, { today: '2026-12-31' });
    expect(n!.dates.service_date).toBe('2026-03-04');
  });

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a}\nDate of UR Decision: ${b}\nutilization review denied workers' comp ${a}`;
        detect(textDocumentFromString(text, 'p.txt'));
        labelDates(text);
        buildLayout(textDocumentFromString(text, 'p.txt'));
        quickRelevant(text);
        htmlToTextDocument(`<p>${a}</p><script>${b}`, 'p.html');
      }),
      { numRuns: 300 },
    );
  });

  it('marks a history section from its heading to the end of its rows', () => {
    const text = `${LETTER}Letter history\n03/02/2025\tUR decision\tDenied\n01/10/2025\tIMR\tUpheld\n\nEnd of page`;
    const history = buildLayout(textDocumentFromString(text, 'p.txt')).sections.find((s) => s.kind === 'history');
    expect(history).toBeDefined();
    expect(text.slice(history!.start, history!.end)).toContain('Upheld');
    expect(text.slice(history!.start, history!.end)).not.toContain('End of page');
  });
});
