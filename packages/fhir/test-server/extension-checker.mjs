// Extensions checked against their StructureDefinitions: the element they sit on must be one of
// the definition's contexts, and the value must be of the definition's type. Medplum's
// `validateResource` checks neither (it validates an extension's own structure, not where it is
// or what its value is), so without this an Interlude extension with the wrong value type, or an
// HL7 one on the wrong element, would be stored. Interlude's extensions must all be defined (a
// URL under the Interlude base with no StructureDefinition is an error); other unknown URLs (SDC,
// vendor extensions) are left alone.
const INTERLUDE_BASE = 'https://interlude.dev/fhir/';

/** Elements whose datatype is a context some extensions name (e.g. `ordinalValue` on `Coding`). */
const DATATYPE_OF_KEY = {
  valueCoding: 'Coding',
  answerCoding: 'Coding',
  coding: 'Coding',
  valueTiming: 'Timing',
  occurrenceTiming: 'Timing',
  valueQuantity: 'Quantity',
};

/**
 * @param {{ entry?: { resource?: any }[] }[]} bundles StructureDefinition Bundles (R4 core extensions, Interlude's)
 * @returns {(resource: object) => { path: string, message: string }[]}
 */
export function extensionChecker(bundles) {
  /** url → { contexts: Set<string>, types: Set<string> | null } (null: a complex extension, no value) */
  const definitions = new Map();
  for (const bundle of bundles) {
    for (const { resource } of bundle.entry ?? []) {
      if (resource?.resourceType !== 'StructureDefinition' || resource.type !== 'Extension') continue;
      const value = resource.snapshot?.element?.find((element) => element.path === 'Extension.value[x]');
      definitions.set(resource.url, {
        contexts: new Set((resource.context ?? []).map((context) => context.expression)),
        types:
          value && value.max !== '0'
            ? new Set((value.type ?? []).map((type) => type.code.toLowerCase()))
            : null,
      });
    }
  }

  return (resource) => {
    const problems = [];
    const visit = (node, path, datatype) => {
      if (Array.isArray(node)) {
        node.forEach((each) => visit(each, path, datatype));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      for (const extension of Array.isArray(node.extension) ? node.extension : []) {
        check(extension, path, datatype, problems);
        // A value can carry extensions of its own (a Timing's time zone inside a schedule extension).
        for (const [key, value] of Object.entries(extension ?? {}))
          if (key.startsWith('value')) visit(value, `${path}.extension.${key}`, DATATYPE_OF_KEY[key]);
      }
      for (const [key, child] of Object.entries(node)) {
        if (key === 'extension' || key === 'contained' || key === 'modifierExtension') continue;
        if (key.startsWith('_')) visit(child, `${path}.${key.slice(1)}`, 'string');
        else visit(child, `${path}.${key}`, DATATYPE_OF_KEY[key]);
      }
    };
    const check = (extension, path, datatype, found) => {
      const url = extension?.url;
      if (typeof url !== 'string' || !/^[a-z]+:\/\//.test(url)) return;
      const definition = definitions.get(url);
      if (!definition) {
        if (url.startsWith(INTERLUDE_BASE))
          found.push({ path, message: 'Interlude extension without a StructureDefinition' });
        return;
      }
      const contexts = definition.contexts;
      const placed =
        contexts.size === 0 ||
        contexts.has(path) ||
        contexts.has('Element') ||
        (datatype !== undefined && contexts.has(datatype)) ||
        (datatype === 'string' && (contexts.has('code') || contexts.has('markdown')));
      if (!placed) found.push({ path, message: 'extension is not allowed on this element' });
      if (definition.types) {
        const key = Object.keys(extension).find((each) => each.startsWith('value'));
        if (!key || !definition.types.has(key.slice('value'.length).toLowerCase()))
          found.push({ path, message: 'extension value has the wrong type' });
      }
    };
    visit(resource, resource.resourceType, undefined);
    return problems;
  };
}
