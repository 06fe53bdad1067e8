/** Joins the truthy class names: the only class helper the primitives need. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
