// The withdrawal note: short, courteous, says it is a withdrawal, names no other employer, asks for
// nothing, and (with the composer's shared test) invents nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { composeDraft } from './compose.js';
import { fullScenario } from './generators.js';

describe('withdrawal drafts', () => {
  test('say it plainly, thank them, name the role and company, stay short and ask nothing', () => {
    fc.assert(
      fc.property(fullScenario(['withdrawal']), (s) => {
        const d = composeDraft({ ...s.input, format: 'email' });
        const { role, company } = s.input.opportunity;
        assert.match(d.body, /withdraw/i);
        assert.match(d.body, /accepted another offer/);
        assert.match(d.body, /Thank|grateful/);
        assert.ok(d.body.includes(role) && d.body.includes(company), d.body);
        assert.ok(!d.body.includes('?'), `asks something:\n${d.body}`);
        // Nothing about why they want the job or how they would succeed: that is over.
        assert.ok(!d.body.includes(s.input.opportunity.why), d.body);
        assert.deepEqual(d.gaps, []);
        assert.ok(d.body.split(/\s+/).length < 120, d.body);
        assert.equal(d.subject, `Withdrawing my application: ${role} at ${company}`);
      }),
      { numRuns: 100 },
    );
  });

  test('both tones differ, and a discussed topic is named when there is one', () => {
    const s = fc.sample(fullScenario(['withdrawal']), { numRuns: 1, seed: 11 })[0];
    assert.ok(s);
    const warm = composeDraft({ ...s.input, tone: 'warm', format: 'email' });
    const formal = composeDraft({ ...s.input, tone: 'formal', format: 'email' });
    assert.notEqual(warm.body, formal.body);
    const topic = s.input.notes?.topics[0] ?? '';
    assert.ok(warm.body.toLowerCase().includes(topic.replace(/^the /, '').toLowerCase()), warm.body);
    const none = composeDraft({ ...s.input, notes: null, format: 'email' });
    assert.deepEqual(none.gaps, []);
    assert.match(none.body, /withdraw/);
  });
});
