import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getCurrentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import type { ChildRecordExport } from '@/lib/server/patients/export-child-record';
import { getRequestTranslator } from '@/lib/i18n/request-translator';
import { translatable } from '@/lib/i18n/translatable';

const PRIVATE = { 'Cache-Control': 'no-store' };

type Export = (actor: Actor, patientId: string, clinicUrl: string) => Promise<ChildRecordExport>;

/**
 * A child's record as a FHIR file download (the staff's and the family's routes share it): the
 * Bundle as application/fhir+json, saved under the child's name. A child out of the actor's reach,
 * or a role that may not export, gets 404 as if there were no such child (the refusal is audited).
 */
export async function fhirDownload(request: Request, patientId: string, exportRecord: Export): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'Sign in again.' }, { status: 401, headers: PRIVATE });
  // The clinic's address names its own code systems and ids; scripts/with-database.ts sets it.
  const clinicUrl = env.NEXTAUTH_URL ?? new URL(request.url).origin;
  try {
    const { bundle, contentDisposition } = await exportRecord(actor, patientId, clinicUrl);
    return new Response(JSON.stringify(bundle, null, 2), {
      headers: {
        ...PRIVATE,
        'Content-Type': 'application/fhir+json; charset=utf-8',
        'Content-Disposition': contentDisposition,
      },
    });
  } catch (error) {
    if (!isAppError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN')) throw error;
    await auditRefusal(actor, error);
    const translate = await getRequestTranslator();
    return Response.json(
      { error: translate(translatable('errors.refusal.notFound.PATIENT')) },
      { status: 404, headers: PRIVATE },
    );
  }
}
