import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { env } from '@/lib/env';
import type { ChildRecordExport } from '@/lib/server/patients/export-child-record';
import { PRIVATE, signedInRead } from './private-route';

type Export = (actor: Actor, patientId: string, clinicUrl: string) => Promise<ChildRecordExport>;

/**
 * A child's record as a FHIR file download (the staff's and the family's routes share it): the
 * Bundle as application/fhir+json, saved under the child's name. A child out of the actor's reach,
 * or a role that may not export, gets 404 as if there were no such child (the refusal is audited).
 */
export async function fhirDownload(request: Request, patientId: string, exportRecord: Export): Promise<Response> {
  // The clinic's address names its own code systems and ids; scripts/with-database.ts sets it.
  const clinicUrl = env.NEXTAUTH_URL ?? new URL(request.url).origin;
  return signedInRead(
    async (actor) => {
      const { bundle, contentDisposition } = await exportRecord(actor, patientId, clinicUrl);
      return new Response(JSON.stringify(bundle, null, 2), {
        headers: {
          ...PRIVATE,
          'Content-Type': 'application/fhir+json; charset=utf-8',
          'Content-Disposition': contentDisposition,
        },
      });
    },
    { notFound: 'errors.refusal.notFound.PATIENT' },
  );
}
