import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';

export type AccountKind = 'new' | 'existing';

/** New to Pitlane, or joining with the account the invited address already has. */
export function AccountKindChoice({
  value,
  onChange,
}: {
  readonly value: AccountKind;
  readonly onChange: (kind: AccountKind) => void;
}) {
  const { t } = useTranslation('account');
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{t('invite.kindLegend')}</legend>
      {(['new', 'existing'] as const).map((kind) => (
        <label
          key={kind}
          className={cx(
            'flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm',
            value === kind ? 'border-brand bg-brand-soft' : 'border-line',
          )}
        >
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
            className="size-4 accent-brand"
          />
          {t(`invite.kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
