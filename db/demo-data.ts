// Who is in the demo: two practices, their staff and their couples. Shown on the sign-in page
// outside production and listed in the README.
export const DEMO_PASSWORD = 'ninefold-demo-2026';

export type DemoStaff = { name: string; email: string; role: 'owner' | 'admin' | 'counselor' };
export type DemoCouple = { counselorEmail: string; partners: [string, string] };
/** `office`: the practice's office address, where in-person demo sessions take place. */
export type DemoPractice = { name: string; office: string; staff: DemoStaff[]; couples: DemoCouple[] };

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    name: 'Harbor Counseling',
    office: '14 Harbor Street, Suite 3',
    staff: [
      { name: 'Dana Whitfield', email: 'dana@harbor.example', role: 'owner' },
      { name: 'Morgan Ellis', email: 'morgan@harbor.example', role: 'counselor' },
      { name: 'Priya Natarajan', email: 'priya@harbor.example', role: 'counselor' },
    ],
    couples: [
      { counselorEmail: 'morgan@harbor.example', partners: ['Alex Rivera', 'Sam Rivera'] },
      { counselorEmail: 'morgan@harbor.example', partners: ['Jordan Blake', 'Casey Blake'] },
      { counselorEmail: 'morgan@harbor.example', partners: ['Taylor Kim', 'Jamie Kim'] },
      { counselorEmail: 'priya@harbor.example', partners: ['Robin Okafor', 'Chris Okafor'] },
      { counselorEmail: 'priya@harbor.example', partners: ['Avery Stone', 'Quinn Stone'] },
    ],
  },
  {
    name: 'Northside Couples Clinic',
    office: '220 North Avenue, 2nd floor',
    staff: [
      { name: 'Lena Hoffmann', email: 'lena@northside.example', role: 'owner' },
      // Morgan works at both practices: the practice switcher has something to switch.
      { name: 'Morgan Ellis', email: 'morgan@harbor.example', role: 'counselor' },
      { name: 'Theo Marsh', email: 'theo@northside.example', role: 'counselor' },
    ],
    couples: [
      { counselorEmail: 'theo@northside.example', partners: ['Drew Patel', 'Riley Patel'] },
      { counselorEmail: 'theo@northside.example', partners: ['Noa Levi', 'Eli Levi'] },
      { counselorEmail: 'morgan@harbor.example', partners: ['Sky Moreno', 'Rae Moreno'] },
    ],
  },
];

/** alex.rivera@clients.example: partner emails are derived from names. */
export function demoClientEmail(name: string): string {
  return `${name.toLowerCase().replace(/\s+/g, '.')}@clients.example`;
}
