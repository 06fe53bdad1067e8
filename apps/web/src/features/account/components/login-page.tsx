import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { COOKIE_DELIVERY } from '@/lib/session/cookie-session';
import { sessionStore } from '@/lib/session/session-store';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/text-field';

/** The first cut of sign-in; the account feature replaces it with the full flow. */
export function LoginPage() {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const response = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...COOKIE_DELIVERY },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    });
    if (!response.ok) return setFailed(true);
    const body = (await response.json()) as { accessToken: string; workshop: { id: string } };
    sessionStore.signIn(body.accessToken, body.workshop.id);
    await navigate({ to: '/home' });
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <TextField label="Email" name="email" type="email" autoComplete="username" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      {failed ? <p role="alert">Wrong e-mail or password.</p> : null}
      <Button type="submit">Sign in</Button>
    </form>
  );
}
