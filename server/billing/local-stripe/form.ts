// Stripe's request encoding: `a[b][0][c]=v` pairs (form bodies and query strings) into nested
// objects. Indexed keys (`[0]`) and empty brackets (`expand[]`) become arrays, as Stripe reads them.
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    assign(root, path, value);
  }
  return arraysFromIndexes(root) as FormObject;
}

function assign(target: FormObject, path: string[], value: string) {
  let node: FormObject = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextKey = path[i + 1]!;
    // `expand[]=a&expand[]=b` appends: give each empty bracket the next free index.
    if (nextKey === '' && i === path.length - 2) {
      const existing = node[key];
      const list = existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {};
      node[key] = list;
      list[String(Object.keys(list).length)] = value;
      return;
    }
    const existing = node[key];
    if (!existing || typeof existing !== 'object' || Array.isArray(existing)) node[key] = {};
    node = node[key] as FormObject;
  }
  node[path[path.length - 1]!] = value;
}

function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((k) => [k, arraysFromIndexes(value[k]!)]));
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => converted[String(k)]!);
  }
  return converted;
}
