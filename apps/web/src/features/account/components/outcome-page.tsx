import { Link } from '@tanstack/react-router';
import { CheckCircle2 } from 'lucide-react';
import { buttonClasses } from '@/ui/button';
import { AccountPage } from './account-page';

/** A flow that worked: what happened, and the one way on. */
export function OutcomePage({
  title,
  lede,
  to,
  action,
}: {
  readonly title: string;
  readonly lede: string;
  readonly to: '/home' | '/login';
  readonly action: string;
}) {
  return (
    <AccountPage title={title} lede={lede} focusHeading>
      <CheckCircle2 aria-hidden="true" className="size-10 text-success" />
      <Link to={to} className={buttonClasses('primary', 'lg')}>
        {action}
      </Link>
    </AccountPage>
  );
}
