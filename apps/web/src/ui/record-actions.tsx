import { Pencil, Trash2 } from 'lucide-react';
import { Button } from './button';

/**
 * Edit and delete beside a record's title. Delete shows only when the caller passes it: who may
 * delete is the page's rule (managers and up), not this button's.
 */
export function RecordActions({
  editLabel,
  onEdit,
  deleteLabel,
  onDelete,
}: {
  readonly editLabel: string;
  readonly onEdit: () => void;
  readonly deleteLabel: string;
  readonly onDelete?: () => void;
}) {
  return (
    <>
      <Button variant="secondary" onClick={onEdit}>
        <Pencil aria-hidden="true" className="size-4" />
        {editLabel}
      </Button>
      {onDelete ? (
        <Button variant="secondary" onClick={onDelete}>
          <Trash2 aria-hidden="true" className="size-4" />
          {deleteLabel}
        </Button>
      ) : null}
    </>
  );
}
