import { SelectField } from './select-field';

/** The menu that orders a list: one option a sort, its value the sort's key in the URL. */
export function SortField<Sort extends string>({
  label,
  className,
  value,
  sorts,
  onSort,
}: {
  readonly label: string;
  readonly className?: string;
  readonly value: Sort;
  readonly sorts: readonly { readonly value: Sort; readonly label: string }[];
  readonly onSort: (sort: Sort) => void;
}) {
  return (
    <SelectField
      label={label}
      className={className}
      value={value}
      // The options are exactly the sorts: the value read back is one of them.
      onChange={(event) => onSort(event.target.value as Sort)}
    >
      {sorts.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
