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
  Wrench,
  type LucideIcon,
} from 'lucide-react';
import type { Role } from '@/lib/session/me';

export interface NavItem {
  readonly to:
    | '/home'
    | '/jobs'
    | '/calendar'
    | '/orders'
    | '/vehicles'
    | '/clients'
    | '/parts'
    | '/invoices'
    | '/reports'
    | '/settings';
  /** Key in the `app` namespace. */
  readonly label: string;
  readonly Icon: LucideIcon;
  /** The least role that sees it. */
  readonly least: Role;
  /** The roles whose phone shows it in the bottom bar (four each); the rest sit under "More". */
  readonly primaryOnPhone: readonly Role[];
}

const EVERYONE: readonly Role[] = ['mechanic', 'manager', 'owner'];
const DESK: readonly Role[] = ['manager', 'owner'];
const BAY: readonly Role[] = ['mechanic'];
const NONE: readonly Role[] = [];

export const NAVIGATION: readonly NavItem[] = [
  { to: '/home', label: 'nav.home', Icon: Home, least: 'mechanic', primaryOnPhone: EVERYONE },
  // A mechanic's phone is for the bay: their jobs on the bar, the calendar under "More".
  { to: '/jobs', label: 'nav.jobs', Icon: Wrench, least: 'mechanic', primaryOnPhone: BAY },
  { to: '/calendar', label: 'nav.calendar', Icon: Calendar, least: 'mechanic', primaryOnPhone: DESK },
  { to: '/orders', label: 'nav.orders', Icon: ClipboardList, least: 'mechanic', primaryOnPhone: EVERYONE },
  { to: '/vehicles', label: 'nav.vehicles', Icon: Car, least: 'mechanic', primaryOnPhone: EVERYONE },
  { to: '/clients', label: 'nav.clients', Icon: Users, least: 'mechanic', primaryOnPhone: NONE },
  { to: '/parts', label: 'nav.parts', Icon: Package, least: 'mechanic', primaryOnPhone: NONE },
  { to: '/invoices', label: 'nav.invoices', Icon: FileText, least: 'manager', primaryOnPhone: NONE },
  { to: '/reports', label: 'nav.reports', Icon: LineChart, least: 'manager', primaryOnPhone: NONE },
  { to: '/settings', label: 'nav.settings', Icon: Settings, least: 'mechanic', primaryOnPhone: NONE },
];
