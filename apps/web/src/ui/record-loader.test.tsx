import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecordLoader, type RecordQuery } from './record-loader';

const labels = { loading: 'Loading the client', failed: 'The client could not be loaded', retry: 'Try again' };
const notFoundError = { status: 404 };

function renderLoader(query: RecordQuery<{ name: string }>) {
  return render(
    <RecordLoader
      query={query}
      isNotFound={(error) => error === notFoundError}
      notFound={<h1>Not found</h1>}
      labels={labels}
    >
      {(client) => <h1>{client.name}</h1>}
    </RecordLoader>,
  );
}

describe('RecordLoader', () => {
  it('shows the record once it has loaded', () => {
    renderLoader({ status: 'success', data: { name: 'Anna Nowak' }, refetch: () => undefined });
    expect(screen.getByRole('heading', { name: 'Anna Nowak' })).toBeTruthy();
  });

  it('names its skeleton while the record loads', () => {
    renderLoader({ status: 'pending', refetch: () => undefined });
    expect(screen.getByRole('status', { name: labels.loading })).toBeTruthy();
  });

  it('shows the route\'s "not found" page for a missing record, with no retry', () => {
    renderLoader({ status: 'error', error: notFoundError, refetch: () => undefined });
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: labels.retry })).toBeNull();
  });

  it('says another failure in place and asks again on retry', async () => {
    const refetch = vi.fn();
    renderLoader({ status: 'error', error: new Error('offline'), refetch });
    expect(screen.getByText(labels.failed)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: labels.retry }));
    expect(refetch).toHaveBeenCalledOnce();
  });
});
