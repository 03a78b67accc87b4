import { fhirDownload } from '@/lib/pages/fhir-download';
import { exportOwnChildRecord } from '@/lib/server/patients/export-child-record';

type Context = { params: Promise<{ patientId: string }> };

/** A family downloads their own child's whole record as a FHIR R4 Bundle (the child page's button). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return fhirDownload(request, (await params).patientId, exportOwnChildRecord);
}
