import { codedDomainError, ErrorKind } from '@pitlane/core';

export enum PlatformErrorCode {
  WorkshopNotFound = 'workshop_not_found',
  StatusUnchanged = 'workshop_status_unchanged',
}

const KIND: Readonly<Record<PlatformErrorCode, ErrorKind>> = {
  [PlatformErrorCode.WorkshopNotFound]: 'not_found',
  [PlatformErrorCode.StatusUnchanged]: 'conflict',
};

/** The operator read model's and its one write's expected failures. */
export class PlatformError extends codedDomainError(KIND) {}
