import { createFileRoute, redirect } from '@tanstack/react-router';

// Served as the landing page in production; in `npm run dev` it leads into the app.
export const Route = createFileRoute('/')({
  beforeLoad: () => {
    throw redirect({ to: '/home' });
  },
});
