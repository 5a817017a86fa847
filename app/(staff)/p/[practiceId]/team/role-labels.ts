import type { VariantProps } from 'class-variance-authority';
import type { badgeVariants } from '@/app/_components/ui/badge';

export type StaffRole = 'owner' | 'admin' | 'counselor';

export const ROLE_LABELS: Record<StaffRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  counselor: 'Counselor',
};

export const ROLE_TONES: Record<StaffRole, VariantProps<typeof badgeVariants>['tone']> = {
  owner: 'brand',
  admin: 'accent',
  counselor: 'neutral',
};
