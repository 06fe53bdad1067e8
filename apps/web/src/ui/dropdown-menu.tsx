import { DropdownMenu as RadixMenu } from 'radix-ui';
import type { ReactNode } from 'react';
import { cx } from './class-names';

/** A menu button: the trigger is the caller's (a Button with a name), the items are buttons. */
export function DropdownMenu({
  trigger,
  children,
  align = 'end',
}: {
  readonly trigger: ReactNode;
  readonly children: ReactNode;
  readonly align?: 'start' | 'end';
}) {
  return (
    <RadixMenu.Root>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align={align}
          sideOffset={6}
          className="z-50 min-w-48 rounded-lg border border-line bg-surface p-1 text-ink shadow-lg"
        >
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

export function MenuItem({
  onSelect,
  children,
  tone,
  disabled,
}: {
  readonly onSelect: () => void;
  readonly children: ReactNode;
  readonly tone?: 'danger';
  readonly disabled?: boolean;
}) {
  return (
    <RadixMenu.Item
      disabled={disabled}
      onSelect={onSelect}
      className={cx(
        'flex cursor-pointer items-center gap-2 rounded-md px-3 py-2.5 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface-2 lg:py-2',
        tone === 'danger' && 'text-danger',
      )}
    >
      {children}
    </RadixMenu.Item>
  );
}

export function MenuLabel({ children }: { readonly children: ReactNode }) {
  return (
    <RadixMenu.Label className="px-3 py-1.5 text-xs font-semibold text-ink-muted uppercase">{children}</RadixMenu.Label>
  );
}

/** A menu's heading in the text's own case: names (a person's, a workshop's) are not shouted. */
export function MenuHeader({ children }: { readonly children: ReactNode }) {
  return <RadixMenu.Label className="px-3 py-2 text-sm">{children}</RadixMenu.Label>;
}

export function MenuSeparator() {
  return <RadixMenu.Separator className="my-1 h-px bg-line" />;
}

export const MenuRadioGroup = RadixMenu.RadioGroup;

export function MenuRadioItem({ value, children }: { readonly value: string; readonly children: ReactNode }) {
  return (
    <RadixMenu.RadioItem
      value={value}
      className="flex cursor-pointer items-center justify-between gap-2 rounded-md px-3 py-2.5 text-sm outline-none data-[highlighted]:bg-surface-2 data-[state=checked]:font-semibold lg:py-2"
    >
      {children}
      <RadixMenu.ItemIndicator aria-hidden="true">✓</RadixMenu.ItemIndicator>
    </RadixMenu.RadioItem>
  );
}
