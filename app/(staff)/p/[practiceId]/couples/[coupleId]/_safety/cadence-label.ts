export function cadenceLabel(days: number): string {
  return days === 0
    ? 'only the first one, at the first sign-in'
    : `at the first sign-in, then every ${days} days`;
}
