import { Spinner } from '@/ui/spinner';
import { AccountPage } from './account-page';

/** While a mailed link's token is being spent: a heading that says so, and a spinner. */
export function WorkingOnIt({ title }: { readonly title: string }) {
  return (
    <AccountPage title={title}>
      <div role="status" aria-live="polite" className="grid place-items-center py-4 text-brand">
        <Spinner />
        <span className="sr-only">{title}</span>
      </div>
    </AccountPage>
  );
}
