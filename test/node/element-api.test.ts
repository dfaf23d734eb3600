/**
 * The elements' public API is what the custom-elements manifest lists (the React wrappers, the
 * catalogue and hosts' editors are made from it), so nothing gets there by accident:
 * - every public member and every event of every element has a description (its doc comment);
 * - each element's public members and events are exactly those in its section of
 *   docs/elements.md, so a new public member (or a plumbing member left public) fails here until
 *   it is made private or documented there on purpose.
 *
 * Reads the manifest `npm run manifest` wrote (`npm run build` writes it before this suite runs).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const manifestPath = join(root, 'packages/elements/custom-elements.json');
const docsPath = join(root, 'docs/elements.md');

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  events?: { name?: string; description?: string }[];
}

function elements(): Declaration[] {
  assert.ok(existsSync(manifestPath), 'no custom-elements.json: run `npm run manifest` first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => d.customElement === true && !!d.tagName);
}

/** Public instance members as the docs name them: `name` for a property, `name()` for a method. */
function publicMembers(d: Declaration): Member[] {
  return (d.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static);
}

function memberName(m: Member): string {
  return m.kind === 'method' ? `${m.name}()` : m.name;
}

/** docs/elements.md: per `## \`tag\`` section, the first cell of every table row (`name`, `name(…)`, `rl-…`). */
function documented(): Map<string, { members: Set<string>; events: Set<string> }> {
  const out = new Map<string, { members: Set<string>; events: Set<string> }>();
  let current: { members: Set<string>; events: Set<string> } | undefined;
  for (const line of readFileSync(docsPath, 'utf8').split('\n')) {
    const heading = /^## `(rl-[a-z-]+)`/.exec(line);
    if (heading) {
      current = { members: new Set(), events: new Set() };
      out.set(heading[1] as string, current);
      continue;
    }
    if (line.startsWith('## ')) current = undefined;
    const row = /^\| `([^`]+)`/.exec(line);
    if (!current || !row) continue;
    const name = row[1] as string;
    if (name.startsWith('rl-')) current.events.add(name);
    else current.members.add(name.replace(/\(.*\)$/, '()'));
  }
  return out;
}

describe('element API', () => {
  it('has elements to check', () => {
    assert.ok(elements().length >= 10);
  });

  it('describes every public member and event', () => {
    const missing: string[] = [];
    for (const d of elements()) {
      for (const m of publicMembers(d))
        if (!m.description?.trim()) missing.push(`${d.tagName}.${memberName(m)}`);
      for (const e of d.events ?? []) if (!e.description?.trim()) missing.push(`${d.tagName} ${e.name}`);
    }
    assert.deepEqual(missing, [], 'document these in the class doc comment, or make them private');
  });

  it('names every event', () => {
    for (const d of elements())
      for (const e of d.events ?? [])
        assert.match(e.name ?? '', /^rl-[a-z-]+$/, `${d.tagName}: an unnamed event`);
  });

  it('publishes exactly the members and events docs/elements.md lists', () => {
    const docs = documented();
    const tags = elements().map((d) => d.tagName as string);
    assert.deepEqual(
      [...docs.keys()].sort(),
      [...tags].sort(),
      'one section per element in docs/elements.md',
    );
    for (const d of elements()) {
      const listed = docs.get(d.tagName as string);
      assert.ok(listed);
      assert.deepEqual(
        publicMembers(d).map(memberName).sort(),
        [...listed.members].sort(),
        `${d.tagName}: public members differ from docs/elements.md (make plumbing private, or document the member there)`,
      );
      assert.deepEqual(
        (d.events ?? []).map((e) => e.name).sort(),
        [...listed.events].sort(),
        `${d.tagName}: events differ from docs/elements.md`,
      );
    }
  });
});
