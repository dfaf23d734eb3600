/**
 * Checks against the real Microsoft Project files in `../shared/data/mspdi` (or
 * `ROADLINE_SHARED_DATA`). Skipped, with a message, where that folder is not present.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readMSProjectScheduleFacts } from '../../src/io/mspdi/facts.js';
import { MSProjectIssueCode } from '../../src/io/mspdi/issues.js';
import { importMSProjectXML } from '../../src/io/mspdi/read.js';
import { toMSProjectXML } from '../../src/io/mspdi/write.js';
import { parseXml } from '../../src/io/xml/parse.js';
import { childElement, childElements, childText } from '../../src/io/xml/query.js';
import { MINUTES_PER_DAY, parseWallTime } from '../../src/time/wall-time.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const dir = join(
  resolve(process.env.ROADLINE_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data')),
  'mspdi',
);
const skip = existsSync(dir) ? false : `no shared MSPDI files at ${dir}`;
const files = skip ? [] : readdirSync(dir).filter((f) => f.endsWith('.xml'));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const dataOf = (xml: string) => importMSProjectXML(xml).data;

function day(text: string): number {
  return Math.floor((parseWallTime(text) ?? Number.NaN) / MINUTES_PER_DAY);
}

describe('shared Microsoft Project files', { skip }, () => {
  it('finds the five files', () => {
    assert.ok(files.length >= 5, `found ${files.length}`);
  });

  it('imports every file, exports it and reads it back unchanged', () => {
    for (const file of files) {
      const { data, issues } = importMSProjectXML(read(file));
      const ids = new Set(data.tasks.map((t) => t.id));
      for (const issue of issues) {
        assert.ok(Object.values(MSProjectIssueCode).includes(issue.code), `${file}: ${issue.code}`);
        assert.equal(issue.severity, 'warning', file);
        for (const id of issue.tasks ?? []) assert.ok(ids.has(id), `${file}: ${issue.code} names task ${id}`);
      }
      const back = importMSProjectXML(toMSProjectXML(data));
      assert.deepEqual(back.issues, [], file);
      assert.deepEqual(JSON.parse(JSON.stringify(back.data)), JSON.parse(JSON.stringify(data)), file);
    }
  });

  it('reads sample.xml: WBS, link types and lags, SNET on a Saturday, resources', () => {
    const data = dataOf(read('sample.xml'));
    assert.equal(data.tasks.length, 19);
    assert.equal(data.tasks.find((t) => t.id === '7')?.constraint?.date, '2003-02-01T08:00');
    assert.deepEqual(
      data.dependencies?.map((d) => [d.id, d.type, d.lag ?? 0]),
      [
        ['9-10', 'FS', 0],
        ['11-12', 'FS', 1],
        ['13-14', 'FS', -1],
        ['15-16', 'SS', 0],
        ['17-18', 'FF', 0],
        ['20-21', 'SF', 0],
      ],
    );
    assert.deepEqual(data.tasks.find((t) => t.id === '2')?.assignees, ['1', '2']);
    const facts = readMSProjectScheduleFacts(read('sample.xml'));
    assert.equal(facts.tasks.filter((t) => !t.summary).length, 16);
  });

  it('expands the 26 recurring exceptions to exactly the days Project listed', () => {
    const xml = read('calendar-recurring-exceptions-project2016-mspdi.xml');
    const calendarElement = childElement(
      childElement(parseXml(xml), 'Calendars') ?? parseXml('<x/>'),
      'Calendar',
    );
    assert.ok(calendarElement);
    const listed: number[] = [];
    for (const weekDay of childElements(
      childElement(calendarElement, 'WeekDays') ?? calendarElement,
      'WeekDay',
    )) {
      if (childText(weekDay, 'DayType') !== '0') continue;
      const period = childElement(weekDay, 'TimePeriod');
      assert.ok(period);
      for (let d = day(childText(period, 'FromDate') ?? ''); d <= day(childText(period, 'ToDate') ?? ''); d++)
        listed.push(d);
    }
    const exceptions = dataOf(xml).calendar?.exceptions ?? [];
    const expanded: number[] = [];
    for (const e of exceptions) {
      const end = e.end === undefined ? day(e.start) + 1 : day(e.end);
      for (let d = day(e.start); d < end; d++) expanded.push(d);
    }
    assert.ok(listed.length > 100);
    // Two rules may hit the same day; Project lists such a day once.
    const unique = (days: number[]) => [...new Set(days)].sort((a, b) => a - b);
    assert.deepEqual(unique(expanded), unique(listed));
    const working = exceptions.filter((e) => e.working);
    assert.equal(working.length, 3);
    assert.deepEqual(working[0]?.workingHours, [
      ['09:00', '13:00'],
      ['14:00', '17:00'],
    ]);
  });
});
