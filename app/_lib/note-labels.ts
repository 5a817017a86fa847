// Screen names of the session note templates.
import type { NoteTemplate } from '@/db/schema';

export const TEMPLATE_NAMES: Record<NoteTemplate, string> = {
  dap: 'DAP',
  soap: 'SOAP',
  birp: 'BIRP',
  free: 'Free text',
};
