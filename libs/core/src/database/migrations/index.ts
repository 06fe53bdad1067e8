import { Identity1795263400000 } from './1795263400000-identity';
import { Garage1795267000000 } from './1795267000000-garage';
import { KeyRotation1795268000000 } from './1795268000000-key-rotation';
import { MailLedger1795270000000 } from './1795270000000-mail-ledger';
import { AccountTokens1795271000000 } from './1795271000000-account-tokens';
import { InvitationsMfa1795272000000 } from './1795272000000-invitations-mfa';
import { Search1795280000000 } from './1795280000000-search';
import { Scheduling1795290000000 } from './1795290000000-scheduling';
import { Repairs1795310000000 } from './1795310000000-repairs';
import { RepairsEstimateApproval1795320000000 } from './1795320000000-estimate-approval';
import { RepairTime1795330000000 } from './1795330000000-repair-time';
import { Invoices1795340000000 } from './1795340000000-invoices';
import { RepairReports1795350000000 } from './1795350000000-repair-reports';
import { RepairOrderNumbers1795360000000 } from './1795360000000-repair-order-numbers';
import { ManualTimeEntries1795370000000 } from './1795370000000-manual-time-entries';
import { DefinerRole1795380000000 } from './1795380000000-definer-role';
import { BookingWorkshopStatus1795382000000 } from './1795382000000-booking-workshop-status';
import { ReportRollupsTenant1795385000000 } from './1795385000000-report-rollups-tenant';
import { WorkshopProfile1795391000000 } from './1795391000000-workshop-profile';
import { BookingPageSettings1795393000000 } from './1795393000000-booking-page-settings';
import { VehicleMileageReadings1795395000000 } from './1795395000000-vehicle-mileage-readings';
import { AppointmentCancellationReason1795396000000 } from './1795396000000-appointment-cancellation-reason';
import { SearchTwoWordNarrowing1795400000000 } from './1795400000000-search-two-word-narrowing';
import { RepairOrderPromisedAt1795412000000 } from './1795412000000-repair-order-promised-at';
import { VehiclesListIndex1795420000000 } from './1795420000000-vehicles-list-index';
import { AuthStateNotify1795421000000 } from './1795421000000-auth-state-notify';
import { Operators1795430000000 } from './1795430000000-operators';
import { PlatformUsage1795432000000 } from './1795432000000-platform-usage';
import { OperatorTenantStatus1795434000000 } from './1795434000000-operator-tenant-status';
import { SearchWordDictionary1795440000000 } from './1795440000000-search-word-dictionary';
import { SearchWordPruning1795450000000 } from './1795450000000-search-word-pruning';
import { InvoicesVehicleIndex1795451000000 } from './1795451000000-invoices-vehicle-index';

/** Every migration, in order. Listed explicitly so a build can never miss one. */
export const MIGRATIONS = [
  Identity1795263400000,
  Garage1795267000000,
  KeyRotation1795268000000,
  MailLedger1795270000000,
  AccountTokens1795271000000,
  InvitationsMfa1795272000000,
  Search1795280000000,
  Scheduling1795290000000,
  Repairs1795310000000,
  RepairsEstimateApproval1795320000000,
  RepairTime1795330000000,
  Invoices1795340000000,
  RepairReports1795350000000,
  RepairOrderNumbers1795360000000,
  ManualTimeEntries1795370000000,
  DefinerRole1795380000000,
  BookingWorkshopStatus1795382000000,
  ReportRollupsTenant1795385000000,
  WorkshopProfile1795391000000,
  BookingPageSettings1795393000000,
  VehicleMileageReadings1795395000000,
  AppointmentCancellationReason1795396000000,
  SearchTwoWordNarrowing1795400000000,
  RepairOrderPromisedAt1795412000000,
  VehiclesListIndex1795420000000,
  AuthStateNotify1795421000000,
  Operators1795430000000,
  PlatformUsage1795432000000,
  OperatorTenantStatus1795434000000,
  SearchWordDictionary1795440000000,
  SearchWordPruning1795450000000,
  InvoicesVehicleIndex1795451000000,
];
