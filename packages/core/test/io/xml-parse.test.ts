import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoadlineError } from '../../src/model/errors.js';
import { parseXml, positionAt } from '../../src/io/xml/parse.js';
import { escapeXml } from '../../src/io/xml/write.js';

function xmlError(source: string): RoadlineError {
  try {
    parseXml(source);
  } catch (error) {
    assert.ok(error instanceof RoadlineError, `expected RoadlineError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(source)} to be rejected`);
}

describe('parseXml', () => {
  it('reads elements, attributes, text, entities, CDATA and skips comments and PIs', () => {
    const root = parseXml(
      '\ufeff<?xml version="1.0"?>\n<!-- c --><p:Project xmlns:p="urn:x" a="1" p:b=\'&lt;2&gt;\'>' +
        '<Name>A &amp; B &#65;&#x42;</Name><?pi x?><Notes><![CDATA[<b>raw</b> & ]]>tail</Notes><Empty/></p:Project>',
    );
    assert.equal(root.name, 'Project');
    assert.equal(root.attributes.get('a'), '1');
    assert.equal(root.attributes.get('b'), '<2>');
    assert.equal(root.attributes.get('xmlns:p'), 'urn:x');
    assert.deepEqual(
      root.children.map((c) => [c.name, c.text]),
      [
        ['Name', 'A & B AB'],
        ['Notes', '<b>raw</b> & tail'],
        ['Empty', ''],
      ],
    );
  });

  it('normalizes CR LF to LF in text', () => {
    assert.equal(parseXml('<a>x\r\ny\rz</a>').text, 'x\ny\nz');
  });

  it('reports unclosed, mismatched and stray tags with line and column', () => {
    const unclosed = xmlError('<a>\n  <b>\n</a>');
    assert.equal(unclosed.code, 'INVALID_XML');
    assert.match(unclosed.message, /line 3, column 1/);
    assert.match(unclosed.message, /<\/a> closes <b> opened at line 2, column 3/);
    assert.deepEqual(unclosed.details, { line: 3, column: 1 });
    assert.match(xmlError('<a><b></b>').message, /<a> opened at line 1, column 1 is never closed/);
    assert.match(xmlError('<a/></a>').message, /without a start tag/);
    assert.match(xmlError('<a/><b/>').message, /second root/);
    assert.match(xmlError('x<a/>').message, /text outside the root/);
    assert.match(xmlError('').message, /no root element/);
    assert.match(xmlError('<a b="1" b="2"/>').message, /repeated attribute/);
    assert.match(xmlError('<a b=1/>').message, /unquoted/);
    assert.match(xmlError('<a><!-- never closed</a>').message, /unterminated comment/);
    assert.match(xmlError('<a><![CDATA[x</a>').message, /unterminated CDATA/);
    assert.match(xmlError('<a b="<"/>').message, /"<" inside the value/);
    assert.match(xmlError('<1a/>').message, /invalid name/);
  });

  it('rejects bad entities and character references', () => {
    assert.match(xmlError('<a>&nbsp;</a>').message, /unknown entity "&nbsp;"/);
    assert.match(xmlError('<a>a & b</a>').message, /does not start an entity/);
    assert.match(xmlError('<a>&#0;</a>').message, /invalid character reference/);
    assert.match(xmlError('<a>&#xD800;</a>').message, /invalid character reference/);
    assert.match(xmlError('<a>&#x110000;</a>').message, /invalid character reference/);
    const position = xmlError('<a>\n\n   &bogus;</a>');
    assert.match(position.message, /line 3, column 4/);
  });

  it('never expands entities a DTD defines (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;"> <!-- ] > -->]><lolz>&lol3;</lolz>';
    const error = xmlError(laughs);
    assert.equal(error.code, 'INVALID_XML');
    assert.match(error.message, /unknown entity "&lol3;"/);
    assert.equal(parseXml('<!DOCTYPE a [<!ENTITY x "]>">]><a>ok</a>').text, 'ok');
  });

  it('keeps hostile names as plain data', () => {
    const root = parseXml('<__proto__ constructor="x"><toString>1</toString><__proto__/></__proto__>');
    assert.equal(root.name, '__proto__');
    assert.equal(root.attributes.get('constructor'), 'x');
    assert.equal(root.children.length, 2);
    assert.equal(({} as Record<string, unknown>).toString instanceof Function, true);
  });

  it('parses 100 000 levels of nesting without recursion', () => {
    const depth = 100_000;
    const root = parseXml(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`);
    let node = root;
    let levels = 1;
    while (node.children[0]) {
      node = node.children[0];
      levels++;
    }
    assert.equal(levels, depth);
    assert.equal(node.text, 'x');
  });

  it('positionAt counts lines and columns from 1', () => {
    assert.deepEqual(positionAt('ab\ncd', 4), { line: 2, column: 2 });
  });

  it('escapeXml output parses back to the same string', () => {
    const hostile = '<script>alert("x")</script> & \'q\' ]]> \r\n\t end';
    const root = parseXml(`<a t="${escapeXml('say "hi" & <go>')}">${escapeXml(hostile)}</a>`);
    assert.equal(root.text, hostile);
    assert.equal(root.attributes.get('t'), 'say "hi" & <go>');
    assert.equal(escapeXml('a\u0001b\ud800c'), 'a\ufffdb\ufffdc');
  });
});
