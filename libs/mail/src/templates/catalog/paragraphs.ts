/** Joins the paragraphs of a template source with one blank line between them. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}
