/** A field's error under it; `id` is what the field's aria-describedby points at. */
export function FieldError({ id, children }: { readonly id: string; readonly children?: string }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm font-medium text-danger">
      {children}
    </p>
  );
}
