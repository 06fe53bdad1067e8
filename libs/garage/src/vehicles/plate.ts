/** "wa-12 345" and "WA12345" are the same plate: upper case, letters and digits only. */
export function normalizePlate(plate: string): string {
  return plate
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
