import { Spinner } from '@/ui/spinner';

/** Before translations load there is no language yet: the label is the product name. */
export function FullPageSpinner() {
  return (
    <div role="status" aria-label="Pitlane" className="grid min-h-dvh place-items-center text-brand">
      <Spinner />
    </div>
  );
}
