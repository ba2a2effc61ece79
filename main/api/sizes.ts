/**
 * "0 B", "812 B", "14 KB", "2.4 MB", "1.2 GB", in units of 1,024 (as Windows shows sizes): the
 * engine's limits and the automatic download size are whole MiB, so the 100 MiB limit reads
 * "100 MB" and a file under a "20 MB" setting never shows as more than 20 MB. One wording for
 * the window (through @meow/contract) and the command line.
 */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit] ?? 'TB'}`;
}
