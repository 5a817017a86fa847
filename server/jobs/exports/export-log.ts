// One line per export built or expired; never a practice's data.
import type { ExportPass } from './run-export-job';

export function logExportPass(pass: ExportPass) {
  if (pass.built !== 'none') console.info(`[export] ${pass.built}`);
  if (pass.expired) console.info(`[export] expired ${pass.expired}`);
}

export function logExportError(error: unknown) {
  console.error(
    `[export] worker pass failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
}
