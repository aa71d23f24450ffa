import type { ToastAction, ToastInput } from '../notification';
import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';

export type ActionsResult =
  | { ok: true; actions: ToastAction[]; inputs: ToastInput[] }
  | { ok: false; diagnostic: Diagnostic };

const fail = (rule: string, message: string, where: XmlElement): ActionsResult => ({
  ok: false,
  diagnostic: { rule, message, severity: 'error', ...at(where) },
});

/** Windows 10 `<actions>`: at most 5 buttons, at most 5 inputs, text or selection. [S54] */
export function parseToastActions(root: XmlElement): ActionsResult {
  const element = root.children.find((c) => c.name === 'actions');
  if (!element) {
    const near = root.children.find(
      (c) => c.name !== 'actions' && c.name.toLowerCase() === 'actions',
    );
    if (near)
      return fail(
        'xml.case',
        `Element <${near.name}> must be spelled <actions> (case matters)`,
        near,
      );
    return { ok: true, actions: [], inputs: [] };
  }
  const inputs: ToastInput[] = [];
  const actions: ToastAction[] = [];
  for (const child of element.children) {
    const a = child.attributes;
    if (child.name === 'input') {
      if (!a.id) return fail('toast.input.id', 'An <input> needs an id', child);
      if (a.type !== 'text' && a.type !== 'selection') {
        return fail(
          'toast.input.type',
          `<input type="${a.type ?? ''}"> must be text or selection`,
          child,
        );
      }
      inputs.push({
        id: a.id,
        type: a.type,
        title: a.title,
        placeHolderContent: a.placeHolderContent,
        defaultInput: a.defaultInput,
        selections: child.children
          .filter((s) => s.name === 'selection')
          .map((s) => ({ id: s.attributes.id ?? '', content: s.attributes.content ?? '' })),
      });
    } else if (child.name === 'action') {
      if (a.content === undefined || a.arguments === undefined) {
        return fail('toast.action.attributes', 'An <action> needs content and arguments', child);
      }
      actions.push({
        content: a.content,
        arguments: a.arguments,
        activationType: a.activationType,
        inputId: a['hint-inputId'],
      });
    } else if (['input', 'action'].includes(child.name.toLowerCase())) {
      return fail(
        'xml.case',
        `Element <${child.name}> must be spelled <${child.name.toLowerCase()}> (case matters)`,
        child,
      );
    }
  }
  if (actions.length > 5)
    return fail('toast.action.count', 'A toast has at most 5 actions', element);
  if (inputs.length > 5) return fail('toast.input.count', 'A toast has at most 5 inputs', element);
  return { ok: true, actions, inputs };
}
