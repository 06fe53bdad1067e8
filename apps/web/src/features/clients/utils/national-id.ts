/** Characters of a national id left visible when it is masked ("•••••••1359"), like a VIN's tail. */
export const NATIONAL_ID_TAIL_LENGTH = 4;

export function nationalIdTail(nationalId: string): string {
  return nationalId.slice(-NATIONAL_ID_TAIL_LENGTH);
}

export function hiddenNationalIdLength(nationalId: string): number {
  return Math.max(0, nationalId.length - NATIONAL_ID_TAIL_LENGTH);
}
