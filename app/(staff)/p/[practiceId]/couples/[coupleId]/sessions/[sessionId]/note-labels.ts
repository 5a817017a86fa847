// Screen words for a note's parts.
export const TEMPLATE_NAMES = { dap: 'DAP', soap: 'SOAP', birp: 'BIRP', free: 'Free text' } as const;
