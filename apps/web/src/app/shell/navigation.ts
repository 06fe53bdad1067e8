import {
  Calendar,
  Car,
  ClipboardList,
  FileText,
  Home,
  LineChart,
  Package,
  Settings,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { Role } from '@/lib/session/me';

export interface NavItem {
  readonly to:
    '/home' | '/calendar' | '/orders' | '/vehicles' | '/clients' | '/parts' | '/invoices' | '/reports' | '/settings';
  /** Key in the `app` namespace. */
  readonly label: string;
  readonly Icon: LucideIcon;
  /** The least role that sees it. */
  readonly least: Role;
  /** Shown in the phone's bottom bar; the rest sit under "More". */
  readonly primaryOnPhone: boolean;
}

export const NAVIGATION: readonly NavItem[] = [
  { to: '/home', label: 'nav.home', Icon: Home, least: 'mechanic', primaryOnPhone: true },
  { to: '/calendar', label: 'nav.calendar', Icon: Calendar, least: 'mechanic', primaryOnPhone: true },
  { to: '/orders', label: 'nav.orders', Icon: ClipboardList, least: 'mechanic', primaryOnPhone: true },
  { to: '/vehicles', label: 'nav.vehicles', Icon: Car, least: 'mechanic', primaryOnPhone: true },
  { to: '/clients', label: 'nav.clients', Icon: Users, least: 'mechanic', primaryOnPhone: false },
  { to: '/parts', label: 'nav.parts', Icon: Package, least: 'mechanic', primaryOnPhone: false },
  { to: '/invoices', label: 'nav.invoices', Icon: FileText, least: 'manager', primaryOnPhone: false },
  { to: '/reports', label: 'nav.reports', Icon: LineChart, least: 'manager', primaryOnPhone: false },
  { to: '/settings', label: 'nav.settings', Icon: Settings, least: 'mechanic', primaryOnPhone: false },
];
