import { Card } from './card';

/** A section a later release fills: said plainly, with nothing made up. */
export function UpcomingCard({ title, children }: { readonly title: string; readonly children: string }) {
  return (
    <Card title={title}>
      <p className="text-sm text-ink-muted">{children}</p>
    </Card>
  );
}
