/**
 * The NIR (numéro d'inscription au répertoire) is personal data: lists and
 * screens show it masked, keeping only its last three characters so an agent
 * can tell two people apart without reading the number.
 */
const GROUPS = [1, 2, 2, 2, 3, 3, 2];

export function groupNir(nir: string): string {
  const out: string[] = [];
  let i = 0;
  for (const size of GROUPS) {
    if (i >= nir.length) break;
    out.push(nir.slice(i, i + size));
    i += size;
  }
  if (i < nir.length) out.push(nir.slice(i));
  return out.join(' ');
}

export function maskNir(nir: string | null | undefined): string | null {
  if (!nir) return null;
  const visible = 3;
  const masked = '•'.repeat(Math.max(0, nir.length - visible)) + nir.slice(-visible);
  return groupNir(masked);
}
