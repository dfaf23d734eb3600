/**
 * Translations of the element layer (docs/i18n.md):
 * - every built-in language has every key of the English catalogue, with the same placeholders;
 * - no user-visible word is written into a template: text nodes, `aria-label`, `title`,
 *   `placeholder`, `alt` and `label` attributes (static, or a string literal in their binding) and
 *   the chosen branch of a text expression (`${late ? 'Late' : 'Due'}`) hold no letters that do
 *   not come from the catalogue. The allowlist below names the few exceptions and why;
 * - no words are written into what an element says or asks outside a template either: the
 *   arguments of `announce`, `say`, `confirm`, `ask`, `emptyState`, `createTask` and `addTask`
 *   (a default task name, a question, an announcement) hold no literal words of their own.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../packages/elements/src/i18n/en/all.js';
import type { Message } from '../../packages/elements/src/i18n/message.js';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'packages/elements/src');
const LOCALES = ['de', 'fr', 'es', 'ja', 'ar'];

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts)
    for (const m of (text as string).matchAll(/\{(\w+)\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

describe('message catalogues', () => {
  for (const tag of LOCALES) {
    it(`${tag} has every English key, nothing else, and the same placeholders`, async () => {
      const { messages } = (await import(`../../packages/elements/src/i18n/locales/${tag}.js`)) as {
        messages: Record<string, Message>;
      };
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(en).sort());
      for (const [key, english] of Object.entries(en) as [string, Message][]) {
        const translated = messages[key] as Message;
        // A plural text may leave `{count}` out where the word says the number ("يومان": two days).
        const want = placeholders(english).filter((p) => typeof translated === 'string' || p !== 'count');
        const got = placeholders(translated).filter((p) => typeof translated === 'string' || p !== 'count');
        assert.deepEqual(got, want, `${tag} ${key}`);
        if (typeof translated !== 'string') assert.ok(translated.other, `${tag} ${key} has an "other" text`);
        for (const text of typeof translated === 'string' ? [translated] : Object.values(translated))
          assert.ok((text as string).trim() !== '' || key === 'list.separator', `${tag} ${key} is empty`);
      }
    });
  }
});

describe('English parts', () => {
  it('every key an element uses is in the English part its folder imports, or in the common part', async () => {
    const keys = new Set(Object.keys(en));
    const partKeys = new Map<string, Set<string>>();
    for (const file of readdirSync(join(src, 'i18n/en')).filter((f) => f !== 'all.ts')) {
      const module = (await import(`../../packages/elements/src/i18n/en/${file}`)) as Record<string, object>;
      partKeys.set(file.replace(/\.ts$/, ''), new Set(Object.values(module).flatMap((v) => Object.keys(v))));
    }
    const common = partKeys.get('common') as Set<string>;
    const byFolder = new Map<string, string[]>();
    for (const file of sources(src).filter((f) => !f.includes('/i18n/'))) {
      const folder = relative(src, file).split('/')[0] as string;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    const missing: string[] = [];
    for (const [folder, files] of byFolder) {
      const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
      const imported = [...code.matchAll(/import '\.\.\/i18n\/en\/([\w-]+)\.js'/g)].map(
        (m) => m[1] as string,
      );
      const known = new Set([...common, ...imported.flatMap((p) => [...(partKeys.get(p) ?? [])])]);
      for (const m of code.matchAll(/['`]([a-z][\w-]*\.[\w.]*?)(['`]|\$\{)/g)) {
        const text = m[1] as string;
        const prefix = m[2] === '${';
        const isKey = prefix ? [...keys].some((k) => k.startsWith(text)) : keys.has(text);
        if (!isKey) continue;
        const ok = prefix ? [...known].some((k) => k.startsWith(text)) : known.has(text);
        if (!ok) missing.push(`${folder}: ${text}${prefix ? '…' : ''}`);
      }
    }
    assert.deepEqual([...new Set(missing)], []);
  });
});

// ── hard-coded strings ───────────────────────────────────────────────────────────────────────────

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** A tagged template: its static parts and the source of its expressions. */
interface Template {
  readonly at: number;
  readonly statics: string[];
  readonly expressions: string[];
}

/** Reads a template literal starting after its opening backtick; returns it and where it ends. */
function readTemplate(
  code: string,
  start: number,
): { statics: string[]; expressions: string[]; end: number } {
  const statics: string[] = [];
  const expressions: string[] = [];
  let text = '';
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      statics.push(text);
      return { statics, expressions, end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      statics.push(text);
      text = '';
      const end = skipExpression(code, i + 2);
      expressions.push(code.slice(i + 2, end - 1));
      i = end;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('unterminated template');
}

/** The index after the `}` closing an expression that starts at `start`. */
function skipExpression(code: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === "'" || c === '"') i = skipString(code, i);
    else if (c === '`') i = readTemplate(code, i + 1).end;
    else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 2;
    else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('unterminated expression');
}

function skipString(code: string, start: number): number {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

function templates(code: string): Template[] {
  const out: Template[] = [];
  for (const m of code.matchAll(/\b(html|svg|staticHtml)`/g)) {
    const t = readTemplate(code, (m.index as number) + m[0].length);
    out.push({ at: m.index as number, statics: t.statics, expressions: t.expressions });
  }
  return out;
}

/**
 * String literals in an expression's own code that can end up shown: a branch or a default
 * (`? 'a' : 'b'`, `?? 'a'`, `|| 'a'`), not an operand of a comparison or `in`, not a call's
 * argument (`t('key')`, `translate(lang ?? 'en', …)`). Nested tagged templates are checked on their own.
 */
function literals(expression: string): { text: string; result: boolean }[] {
  const out: { text: string; result: boolean }[] = [];
  const calls: boolean[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i] as string;
    if (c === '(' || c === '[' || c === '{') {
      calls.push(
        c === '('
          ? /[\w$)\]]\s*$/.test(expression.slice(0, i)) || calls.includes(true)
          : calls.includes(true),
      );
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      calls.pop();
      i++;
    } else if (c === "'" || c === '"') {
      const end = skipString(expression, i);
      const before = expression.slice(0, i).trimEnd();
      const after = expression.slice(end).trimStart();
      const result =
        !calls.includes(true) &&
        /(\?|:|\?\?|\|\||\(|^)$/.test(before) &&
        !/(===|!==|==|!=)$/.test(before) &&
        !/^(===|!==|==|!=|in\b)/.test(after);
      out.push({ text: expression.slice(i + 1, end - 1), result });
      i = end;
    } else if (c === '`') {
      const tagged = /[\w$]$/.test(expression.slice(0, i));
      const t = readTemplate(expression, i + 1);
      if (!tagged && !calls.includes(true)) out.push({ text: t.statics.join(' '), result: true });
      i = t.end;
    } else i++;
  }
  return out;
}

const WORDS = /\p{L}{2,}/u;
const NAMING_ATTRIBUTE = /\b(aria-label|aria-valuetext|title|placeholder|alt|label)=("([^"]*)"|\$?$)/;

/**
 * Texts that may stay in templates, each with its reason. Keys are `file: text`.
 */
const ALLOWED: Record<string, string> = {};

function findings(file: string): string[] {
  return findingsIn(readFileSync(file, 'utf8'), relative(src, file));
}

function findingsIn(code: string, where: string): string[] {
  const out: string[] = [];
  for (const t of templates(code)) {
    const line = code.slice(0, t.at).split('\n').length;
    const flag = (text: string) => {
      const key = `${where}: ${text.trim()}`;
      if (!ALLOWED[key]) out.push(`${where}:${line} ${JSON.stringify(text.trim())}`);
    };
    // Walk the statics as one markup string; an expression sits between statics k and k+1.
    let inTag = false;
    let quote: string | undefined;
    for (let k = 0; k < t.statics.length; k++) {
      const part = (t.statics[k] as string).replace(/<!--[\s\S]*?-->/g, '');
      let text = '';
      let tag = '';
      for (let i = 0; i < part.length; i++) {
        const c = part[i] as string;
        if (!inTag) {
          if (c === '<' && (/[a-zA-Z/!]/.test(part[i + 1] ?? '') || i === part.length - 1)) {
            if (WORDS.test(text)) flag(text);
            text = '';
            inTag = true;
            tag = '';
          } else text += c;
        } else {
          tag += c;
          if (quote) {
            if (c === quote) quote = undefined;
          } else if (c === '"' || c === "'") quote = c;
          else if (c === '>') inTag = false;
        }
        const named = inTag ? NAMING_ATTRIBUTE.exec(tag) : null;
        if (named && named[3] !== undefined && tag.endsWith(named[2] as string) && WORDS.test(named[3]))
          flag(named[3]);
      }
      if (!inTag && WORDS.test(text)) flag(text);
      if (k >= t.expressions.length) continue;
      const expression = t.expressions[k] as string;
      const inAttribute = inTag && /\b([\w-]+)=$/.exec(tag)?.[1];
      if (inAttribute && !NAMING_ATTRIBUTE.test(`${inAttribute}=$`)) continue;
      if (inTag && !inAttribute) continue;
      for (const literal of literals(expression))
        if (literal.result && WORDS.test(literal.text)) flag(literal.text);
    }
  }
  return out;
}

/** The calls whose arguments end up read or heard: announcements, questions, empty views, new tasks' names. */
const SPEAKING_CALL = /\b(announce|say|confirm|ask|emptyState|createTask|addTask)\s*\(/g;

/**
 * Literal words in the arguments of a speaking call: string and template literals that are its
 * own arguments (or values in an object literal it is given), not arguments of a call nested in
 * them (`t('remove.done')`), nor operands of a comparison.
 */
function spokenLiterals(code: string, where: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(SPEAKING_CALL)) {
    const open = (m.index as number) + m[0].length;
    const end = skipExpression(code.replace(/\(/g, '{').replace(/\)/g, '}'), open);
    const args = code.slice(open, end - 1);
    const line = code.slice(0, m.index).split('\n').length;
    const nested: boolean[] = [];
    let i = 0;
    while (i < args.length) {
      const c = args[i] as string;
      // A type's arguments (`Omit<Task, 'id'>`, no space before `<`) name types, not words.
      const typeArguments = c === '<' && /[\w$]$/.test(args.slice(0, i));
      if (c === '(' || c === '[' || c === '{' || typeArguments) {
        nested.push(
          c === '('
            ? /[\w$)\]]\s*$/.test(args.slice(0, i)) || nested.includes(true)
            : typeArguments || nested.includes(true),
        );
        i++;
      } else if (
        c === ')' ||
        c === ']' ||
        c === '}' ||
        (c === '>' && nested.length > 0 && args[i - 1] !== '=')
      ) {
        nested.pop();
        i++;
      } else if (c === "'" || c === '"' || c === '`') {
        const quoted = c === '`' ? readTemplate(args, i + 1) : undefined;
        const stop = quoted ? quoted.end : skipString(args, i);
        const text = quoted ? quoted.statics.join(' ') : args.slice(i + 1, stop - 1);
        const before = args.slice(0, i).trimEnd();
        const after = args.slice(stop).trimStart();
        const tagged = c === '`' && /[\w$]$/.test(before);
        const compared = /(===|!==|==|!=)$/.test(before) || /^(===|!==|==|!=|in\b)/.test(after);
        if (!nested.includes(true) && !tagged && !compared && WORDS.test(text))
          out.push(`${where}:${line} ${m[1]}(${JSON.stringify(text.trim())})`);
        i = stop;
      } else i++;
    }
  }
  return out;
}

describe('hard-coded strings outside templates', () => {
  it('finds a word written into an announcement, a question or a new task (the check can fail)', () => {
    const found = (code: string) => spokenLiterals(code, 'probe.ts').length;
    assert.equal(found('host.announce(`Task deleted`);'), 1);
    assert.equal(found("await host.confirm(question, 'Delete')"), 1);
    assert.equal(found("createTask(this, project, { name: 'New feature', start }, { t })"), 1);
    assert.equal(found("emptyState('No tasks yet.', 'Add task', add)"), 2);
    assert.equal(found("announce(error ?? 'The task could not be added')"), 1);
    assert.equal(found("host.announce(host.t('remove.done', { count }))"), 0);
    assert.equal(found("say(kind === 'link' ? t('a') : t('b'))"), 0);
    assert.equal(found("project.addTask({ name: t('create.newTask'), ...init })"), 0);
    assert.equal(found("project.addTask(input as Omit<Task, 'id'>)"), 0);
    assert.equal(found("ask(message: string, confirm: string, cancel = 'Cancel')"), 1);
  });

  it('what an element announces, asks or names comes from the catalogue', () => {
    const files = sources(src).filter((f) => !f.includes('/i18n/'));
    const found = files.flatMap((f) => spokenLiterals(readFileSync(f, 'utf8'), relative(src, f)));
    assert.deepEqual(found, []);
  });
});

describe('hard-coded strings in templates', () => {
  const files = sources(src).filter((f) => !f.includes('/i18n/'));

  it('finds a hard-coded word when there is one (the check can fail)', () => {
    const found = (code: string) => findingsIn(code, 'probe.ts').length;
    assert.equal(found('html`<p>Hello there</p>`'), 1);
    assert.equal(found('html`<button aria-label="Zoom in">+</button>`'), 1);
    assert.equal(found('html`<span aria-label=${`Move ${x} left`}></span>`'), 1);
    assert.equal(found("html`<span>${late ? 'Late' : 'Due'}</span>`"), 2);
    assert.equal(found('html`<ul>${items.map((i) => html`<li>${i} more</li>`)}</ul>`'), 1);
    assert.equal(found("html`<p title=${t('x')}>${t('y', { n })}</p>`"), 0);
    assert.equal(found("html`<div part=${x === 'milestone' ? 'bar late' : 'bar'}>${name}</div>`"), 0);
    assert.equal(found('svg`<text x=${x}>${label}</text>`'), 0);
  });

  it('every user-visible text in a template comes from the catalogue', () => {
    const found = files.flatMap(findings);
    assert.deepEqual(found, []);
  });
});
