import { Dialog } from '@/ui/dialog';

/** The first cut; the search feature replaces it with the cmdk palette. */
export function SearchPalette({
  open,
  onOpenChange,
}: {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Search">
      <p>Search</p>
    </Dialog>
  );
}
