/**
 * "client-export-nowak-2026-12-06.json": the client's last name in ASCII (a file name travels
 * through mail and shells) and the day of the export.
 */
export function exportFileName(lastName: string, at: Date): string {
  const name = lastName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const day = at.toISOString().slice(0, 10);
  return `client-export-${name || 'client'}-${day}.json`;
}
