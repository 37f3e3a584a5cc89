// How people are written on the command line, with properties for the rules that hold for any input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatPerson, isEmail, parsePerson } from './person.js';

const CONTROL = /[\u0000-\u001f\u007f]/;
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'.-]{1,12}$/);
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9._%+-]{1,16}$/), label, fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

describe('parsePerson', () => {
  test('reads the three ways people are written', () => {
    assert.deepEqual(parsePerson('Dana Reyes <Dana@Acme.Example>'), { name: 'Dana Reyes', email: 'dana@acme.example' });
    assert.deepEqual(parsePerson('"Reyes, Dana" <dana@acme.example>'), {
      name: 'Reyes, Dana',
      email: 'dana@acme.example',
    });
    assert.deepEqual(parsePerson('<dana@acme.example>'), { name: '', email: 'dana@acme.example' });
    assert.deepEqual(parsePerson('  dana@acme.example '), { name: '', email: 'dana@acme.example' });
    assert.deepEqual(parsePerson('Dana   Reyes'), { name: 'Dana Reyes', email: null });
  });

  test('refuses what is not a person', () => {
    for (const bad of [
      '',
      '   ',
      'dana@acme',
      'Dana <not-an-email>',
      'Dana <dana@acme.example',
      'a<b',
      'x@y@z.example',
      'Dana\nBcc: x@y.z',
    ]) {
      assert.equal(parsePerson(bad), null, JSON.stringify(bad));
    }
  });

  test('property: never returns a control character, an angle bracket in a name, or a bad email', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const p = parsePerson(s);
        if (p === null) return;
        assert.ok(!CONTROL.test(p.name) && !/[<>]/.test(p.name), JSON.stringify(p));
        if (p.email !== null)
          assert.ok(isEmail(p.email) && !CONTROL.test(p.email) && p.email === p.email.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  test('property: an input with a control character inside is refused', () => {
    const control = fc.integer({ min: 0, max: 0x1f }).chain((c) => fc.constantFrom(String.fromCharCode(c), '\u007f'));
    fc.assert(
      fc.property(fc.oneof(name, email), control, fc.oneof(name, email), (a, c, b) => {
        assert.equal(parsePerson(`${a}${c}${b}`), null);
        assert.equal(parsePerson(`${a} <${b}${c}>`), null);
      }),
    );
  });

  test('property: formatPerson and parsePerson round-trip', () => {
    fc.assert(
      fc.property(fc.option(name, { nil: '' }), fc.option(email, { nil: null }), (n, e) => {
        fc.pre(n !== '' || e !== null);
        assert.deepEqual(parsePerson(formatPerson({ name: n, email: e })), { name: n, email: e });
      }),
    );
  });

  test('formatPerson shows whichever half is known', () => {
    assert.equal(formatPerson({ name: '', email: null }), '(unnamed)');
    assert.equal(formatPerson({ name: 'Dana', email: null }), 'Dana');
    assert.equal(formatPerson({ name: '', email: 'd@a.example' }), 'd@a.example');
  });
});
