// The finished ZIP of one export, for its download route; every download is audited.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { practiceExportFiles, practiceExports } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';

export const ZExportFileInput = z.object({ exportId: z.uuid() });

export async function getExportFile(tx: Tx, actor: Actor, input: z.infer<typeof ZExportFileInput>) {
  const [file] = await tx
    .select({ fileName: practiceExportFiles.fileName, zip: practiceExportFiles.zip })
    .from(practiceExportFiles)
    .innerJoin(
      practiceExports,
      and(
        eq(practiceExports.practiceId, practiceExportFiles.practiceId),
        eq(practiceExports.id, practiceExportFiles.exportId),
      ),
    )
    .where(
      and(
        eq(practiceExportFiles.practiceId, actor.practiceId),
        eq(practiceExportFiles.exportId, input.exportId),
        eq(practiceExports.status, 'ready'),
      ),
    );
  if (!file) throw notFound('Export file');
  await recordAudit(tx, actor, {
    action: 'export.downloaded',
    targetType: 'practice_export',
    targetId: input.exportId,
    metadata: { bytes: file.zip.byteLength },
  });
  return { fileName: file.fileName, zip: new Uint8Array(file.zip) };
}
