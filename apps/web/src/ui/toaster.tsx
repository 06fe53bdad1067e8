import { Toaster as Sonner } from 'sonner';

/** Toasts for outcomes away from the control (saved, sent); errors stay in place, not here. */
export function Toaster() {
  return <Sonner position="top-center" richColors closeButton theme="system" />;
}
