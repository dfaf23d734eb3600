import type { Project } from '@roadline/core';
import type { Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';

/** How a field's values are picked: from a menu of the project's own things, or typed. */
export type ValueKind =
  | 'status'
  | 'priority'
  | 'person'
  | 'group'
  | 'release'
  | 'category'
  | 'select'
  | 'number'
  | 'percent'
  | 'text'
  | 'date';

/** One field a rule can name. */
export interface FieldChoice {
  /** The field path of the rule (`status`, `fields.risk`, `status.category`). */
  readonly path: string;
  readonly label: string;
  readonly kind: ValueKind;
  /** Whether the task holds a list of these (`assignees`, `tags`). */
  readonly list: boolean;
  /** For menus: the values and their labels. */
  readonly options: readonly Option[];
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Where a field may be named. */
export type FieldUse = 'trigger' | 'condition' | 'set' | 'date';

const BUILT_IN: readonly { path: string; kind: ValueKind; list?: boolean; uses: readonly FieldUse[] }[] = [
  { path: 'status', kind: 'status', uses: ['trigger', 'condition', 'set'] },
  { path: 'status.category', kind: 'category', uses: ['condition'] },
  { path: 'priority', kind: 'priority', uses: ['trigger', 'condition', 'set'] },
  { path: 'progress', kind: 'percent', uses: ['trigger', 'condition', 'set'] },
  { path: 'assignees', kind: 'person', list: true, uses: ['trigger', 'condition'] },
  { path: 'name', kind: 'text', uses: ['trigger', 'condition', 'set'] },
  { path: 'start', kind: 'date', uses: ['trigger', 'condition', 'date'] },
  { path: 'end', kind: 'date', uses: ['trigger', 'condition', 'date'] },
  { path: 'deadline', kind: 'date', uses: ['trigger', 'condition', 'set'] },
  { path: 'duration', kind: 'number', uses: ['condition'] },
  { path: 'groupId', kind: 'group', uses: ['trigger', 'condition', 'set'] },
  { path: 'releaseId', kind: 'release', uses: ['trigger', 'condition', 'set'] },
  { path: 'tags', kind: 'text', list: true, uses: ['trigger', 'condition'] },
];

const CATEGORIES = ['todo', 'active', 'done', 'blocked'] as const;

/**
 * The words of one project a rule's blanks offer: its fields (built-in and custom), statuses,
 * priorities, people, groups and releases, with labels in the element's language. Built once per
 * render of the builder or the list; reading it allocates nothing per task.
 */
export class Vocabulary {
  readonly fields: readonly FieldChoice[];
  readonly people: readonly Option[];
  private readonly byPath: Map<string, FieldChoice>;
  private readonly uses: Map<string, readonly FieldUse[]>;

  constructor(
    project: Project,
    private readonly t: Translate,
  ) {
    const people = project.people().map((p) => ({ value: p.id, label: p.name }));
    this.people = people;
    const optionsOf = (kind: ValueKind): Option[] => {
      switch (kind) {
        case 'status':
          return project.statuses().map((s) => ({ value: s.id, label: s.label }));
        case 'priority':
          return project.priorities().map((p) => ({ value: p.id, label: p.label }));
        case 'person':
          return people;
        case 'group':
          return project.groups().map((g) => ({ value: g.id, label: g.name }));
        case 'release':
          return project.releases().map((r) => ({ value: r.id, label: r.name }));
        case 'category':
          return CATEGORIES.map((c) => ({ value: c, label: t(`automations.category.${c}` as MessageKey) }));
        default:
          return [];
      }
    };
    const fields: FieldChoice[] = [];
    this.uses = new Map();
    for (const f of BUILT_IN) {
      fields.push({
        path: f.path,
        label: t(`automations.field.${f.path}` as MessageKey),
        kind: f.kind,
        list: f.list === true,
        options: optionsOf(f.kind),
      });
      this.uses.set(f.path, f.uses);
    }
    for (const def of project.fields()) {
      if (def.type === 'link') continue;
      const path = `fields.${def.id}`;
      const kind: ValueKind =
        def.type === 'number'
          ? 'number'
          : def.type === 'date'
            ? 'date'
            : def.type === 'select'
              ? 'select'
              : def.type === 'person'
                ? 'person'
                : 'text';
      const options =
        kind === 'select'
          ? (def.options ?? []).map((o) => ({ value: o.id, label: o.label }))
          : optionsOf(kind);
      fields.push({ path, label: def.label, kind, list: def.type === 'tags', options });
      this.uses.set(
        path,
        kind === 'date' ? ['trigger', 'condition', 'set', 'date'] : ['trigger', 'condition', 'set'],
      );
    }
    this.fields = fields;
    this.byPath = new Map(fields.map((f) => [f.path, f]));
  }

  /** The fields that may be named in `use`, as menu options. */
  fieldOptions(use: FieldUse): Option[] {
    return this.fields
      .filter((f) => this.uses.get(f.path)?.includes(use))
      .map((f) => ({ value: f.path, label: f.label }));
  }

  field(path: string | undefined): FieldChoice | undefined {
    return path === undefined ? undefined : this.byPath.get(path);
  }

  /** A field's name as shown (its path when the project does not know it). */
  fieldLabel(path: string | undefined): string {
    if (path === undefined) return this.t('automations.choose');
    return this.byPath.get(path)?.label ?? path;
  }

  /** A person's name, `the assignees` for the keyword, else the id. */
  personLabel(id: string): string {
    if (id === 'assignees') return this.t('automations.assignees');
    return this.people.find((p) => p.value === id)?.label ?? id;
  }

  /** A value of `path` as a sentence shows it: a label from the project, a number, or quoted text. */
  valueLabel(path: string | undefined, value: unknown, language: string): string {
    if (value === undefined || value === null || value === '') return this.t('automations.nothing');
    if (Array.isArray(value)) {
      return listOf(
        value.map((v) => this.valueLabel(path, v, language)),
        language,
        'disjunction',
      );
    }
    const field = this.field(path);
    if (field && field.options.length > 0) {
      const found = field.options.find((o) => o.value === value);
      if (found) return found.label;
    }
    if (typeof value === 'number') {
      const number = new Intl.NumberFormat(language).format(value);
      return field?.kind === 'percent' ? this.t('unit.percent', { value: number }) : number;
    }
    if (typeof value === 'string' && field?.kind !== 'date' && field?.options.length === 0)
      return `“${value}”`;
    return String(value);
  }
}

/** Words joined as a list in `language` ("a, b and c"; "a, b or c"). */
export function listOf(
  items: readonly string[],
  language: string,
  type: 'conjunction' | 'disjunction',
): string {
  try {
    return new Intl.ListFormat(language, { type }).format(items);
  } catch {
    return items.join(', ');
  }
}
