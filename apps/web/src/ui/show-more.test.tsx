import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShowMore, useGrowingLimit } from './show-more';

/** A card's short list of `total` records, asking for as many as the growing limit allows. */
function ShortList({ total }: { readonly total: number }) {
  const growing = useGrowingLimit();
  const shown = Math.min(total, growing.limit);
  return (
    <>
      <p>asked for {growing.limit}</p>
      <ShowMore growing={growing} shown={shown} total={total} busy={false} label={(count) => `Show ${count} more`} />
    </>
  );
}

describe('ShowMore', () => {
  it('is absent when every record is shown', () => {
    render(<ShortList total={5} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('grows the limit by ten until everything is shown', async () => {
    render(<ShortList total={12} />);
    expect(screen.getByText('asked for 5')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show 7 more' }));
    expect(screen.getByText('asked for 15')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("stops at the API's largest page, where the full list takes over", async () => {
    render(<ShortList total={500} />);
    for (let click = 0; click < 10; click += 1) {
      const more = screen.queryByRole('button');
      if (!more) break;
      await userEvent.click(more);
    }
    expect(screen.getByText('asked for 100')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
