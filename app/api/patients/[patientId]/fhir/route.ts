import { fhirDownload } from '@/lib/pages/fhir-download';
import { exportPatientRecord } from '@/lib/server/patients/export-child-record';

type Context = { params: Promise<{ patientId: string }> };

/** Staff download a child's whole record as a FHIR R4 Bundle (the patient page's button). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return fhirDownload(request, (await params).patientId, exportPatientRecord);
}
