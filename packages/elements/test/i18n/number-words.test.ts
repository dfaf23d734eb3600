import { expect } from '@open-wc/testing';
import { translate } from '../../src/i18n/catalogue.js';
import '../../src/i18n/en/timeline.js';
import { plainNumber, writesPlain } from '../../src/i18n/plain-number.js';
import { CellFormat } from '../../src/gantt/format.js';

/**
 * The catalogue and the grid write small whole numbers without creating an `Intl.NumberFormat`
 * (a page's first one costs milliseconds of a first render): what they write must be what `Intl`
 * would have written, in every language, the ones that take the short path or not.
 */
describe('numbers in messages and cells', () => {
  const tags = [
    'en',
    'de',
    'fr',
    'es',
    'ja',
    'it',
    'nl',
    'pt',
    'en-US',
    'en-IN',
    'en-GB',
    'de-CH',
    'fr-CA',
    'es-MX',
    'pt-BR',
    'ja-JP',
    'ar',
    'ar-EG',
    'ar-MA',
    'fa',
    'hi-IN',
    'bn',
    'en-u-nu-arab',
    'de-u-nu-thai',
    'fr-x-private',
  ];
  const values = [0, 1, 2, 7, 42, 100, 999, 1000, 1234, 123456, -1, -0, -42, 0.5, 12.5, 99.95];

  it('takes the plain path only where every formatter of the language writes the number as is', () => {
    for (const tag of tags)
      for (const value of values) {
        if (!writesPlain(tag, value)) continue;
        for (const options of [{}, { maximumFractionDigits: 2 }, { maximumFractionDigits: 0 }])
          expect(new Intl.NumberFormat(tag, options).format(value), `${tag} ${value}`).to.equal(
            String(value),
          );
      }
    expect(writesPlain('en-US', 42)).to.equal(true);
    expect(writesPlain('ar-EG', 42)).to.equal(false);
  });

  it('writes grid numbers as Intl does (at most two decimals)', () => {
    for (const tag of tags) {
      const format = new CellFormat(tag);
      for (const value of values)
        expect(format.num(value), `${tag} ${value}`).to.equal(
          new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value),
        );
    }
  });

  it('fills a placeholder with a plain number as with the number', () => {
    for (const tag of tags)
      for (const value of values)
        expect(translate(tag, 'task.done', { percent: plainNumber(tag, value) }), `${tag} ${value}`).to.equal(
          translate(tag, 'task.done', { percent: value }),
        );
    expect(translate('en-US', 'task.done', { percent: plainNumber('en-US', 42) })).to.equal('42% done');
    expect(translate('en-US', 'unit.days', { count: 42 })).to.equal('42 days');
    expect(translate('en-US', 'unit.days', { count: 1234 })).to.equal('1,234 days');
  });

  it('picks the English plural category Intl.PluralRules picks', () => {
    const rules = new Intl.PluralRules('en-US');
    for (const count of [0, 1, -1, 1.5, 2, 11, 21, 0.1, 1.0, 101, Number.NaN]) {
      const category = rules.select(count);
      const text = translate('en-US', 'unit.days', { count });
      expect(text.endsWith(category === 'one' ? ' day' : ' days'), `${count}: ${text}`).to.equal(true);
    }
  });
});
