/**
 * A small element tree between the provision model and the XML writer: the builder decides the
 * Akoma Ntoso structure here, xmlbuilder2 writes it (escaping, namespaces), and a portion
 * (`~sec_14`) is a subtree found by its eId.
 */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = El | string;

export const el = (name: string, attrs: Record<string, string | undefined> = {}, children: Node[] = []): El => ({
  name,
  attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined)),
  children,
});

export function findByEid(root: El, eid: string): El | undefined {
  if (root.attrs.eId === eid) return root;
  for (const child of root.children) {
    if (typeof child === 'string') continue;
    const found = findByEid(child, eid);
    if (found) return found;
  }
  return undefined;
}

export function* walk(root: El): Generator<El> {
  yield root;
  for (const child of root.children) if (typeof child !== 'string') yield* walk(child);
}
