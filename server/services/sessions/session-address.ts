// Where an in-person session happens: the address it was booked with, else the practice's office.

export function sessionAddress(
  session: { format: 'in-person' | 'video'; location: string },
  officeAddress: string,
): string {
  if (session.format !== 'in-person') return '';
  return session.location || officeAddress;
}
