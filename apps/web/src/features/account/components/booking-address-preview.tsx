import { useTranslation } from 'react-i18next';
import { bookingAddress, bookingSlug } from '../utils/booking-slug';

/** Where customers will book, derived as the API derives it, while the name is typed. */
export function BookingAddressPreview({ workshopName }: { readonly workshopName: string }) {
  const { t } = useTranslation('account');
  if (!workshopName.trim()) return <>{t('signup.bookingPreviewEmpty')}</>;
  const address = bookingAddress(window.location.origin, bookingSlug(workshopName.trim()));
  return (
    <span className="flex flex-col gap-0.5">
      <span>{t('signup.bookingPreview')}</span>
      <span className="font-mono text-ink [overflow-wrap:anywhere]">{address}</span>
      <span>{t('signup.bookingPreviewFinal')}</span>
    </span>
  );
}
