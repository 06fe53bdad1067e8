import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { OneTimeCodeField } from './one-time-code-field';

function Harness() {
  const [code, setCode] = useState('');
  return <OneTimeCodeField label="Authentication code" value={code} onValue={setCode} />;
}

describe('OneTimeCodeField', () => {
  it('is a numeric one-time-code field', () => {
    render(<Harness />);
    const field = screen.getByLabelText('Authentication code');
    expect(field).toHaveProperty('autocomplete', 'one-time-code');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(field.hasAttribute('maxlength')).toBe(false);
  });

  it.each(['123 456', '123456', '123-456', ' 123 456\n'])('keeps the six digits of a pasted %j', async (pasted) => {
    render(<Harness />);
    const field = screen.getByLabelText<HTMLInputElement>('Authentication code');
    field.focus();
    await userEvent.paste(pasted);
    expect(field.value).toBe('123456');
  });

  it('drops letters as they are typed', async () => {
    render(<Harness />);
    const field = screen.getByLabelText<HTMLInputElement>('Authentication code');
    await userEvent.type(field, '1a2 3');
    expect(field.value).toBe('123');
  });
});
