import { isObject } from '../directory/narrow';
import type { ScopeRule } from '../referral/scope-guard';
import { checkLines, checkList, checkText, MAX_LONG, MAX_SHORT } from './check-fields';
import type { Checked } from './checked';
import { problemAt } from './checked';
import { makeId } from './make-id';

const MAX_RULES = 50;
const MAX_TRIGGERS = 100;

/**
 * Narrows scope guard rules. Each needs a label, at least one trigger word and where to go instead; a missing or
 * repeated id is made from the label, and trigger words are kept in lower case as the matcher expects.
 */
export function validateScopeRules(value: unknown): Checked<ScopeRule[]> {
  const list = checkList(value, 'The scope guard rules', MAX_RULES);
  if (!list.ok) return list;
  const rules: ScopeRule[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of list.value.entries()) {
    const which = `rule ${index + 1}`;
    if (!isObject(entry)) return problemAt(`Scope guard ${which} is not in the expected format.`, undefined, index);
    const label = checkText(entry.label, `The label of ${which}`, { required: true, field: 'label', index });
    if (!label.ok) return label;
    const triggers = checkLines(entry.triggers, `the trigger words of “${label.value}”`, {
      max: MAX_TRIGGERS,
      maxLine: MAX_SHORT,
    });
    if (!triggers.ok) return { ...triggers, field: 'triggers', index };
    if (triggers.value.length === 0) {
      return problemAt(`“${label.value}” needs at least one trigger word.`, 'triggers', index);
    }
    const route = checkText(entry.route, `What to do instead of “${label.value}”`, {
      required: true,
      max: MAX_LONG,
      field: 'route',
      index,
    });
    if (!route.ok) return route;
    const given = typeof entry.id === 'string' && /^[a-z0-9-]{1,60}$/.test(entry.id) ? entry.id : '';
    const id = given && !ids.has(given) ? given : makeId(label.value, ids, 'rule');
    ids.add(id);
    rules.push({
      id,
      label: label.value,
      triggers: triggers.value.map((word) => word.toLowerCase()),
      route: route.value,
    });
  }
  return { ok: true, value: rules };
}
