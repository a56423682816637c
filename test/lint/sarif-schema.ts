// The part of the SARIF 2.1.0 schema whynot emits, written by hand from the OASIS spec (the official schema is not in node_modules and the network is closed).
//
// Source: "Static Analysis Results Interchange Format (SARIF) Version 2.1.0", OASIS Standard, sections
// 3.13 sarifLog, 3.14 run, 3.18 tool, 3.19 toolComponent, 3.49 reportingDescriptor, 3.50 reportingConfiguration,
// 3.11 message / multiformatMessageString, 3.27 result, 3.28 location, 3.29 physicalLocation, 3.4 artifactLocation,
// 3.30 region, 3.33 logicalLocation, 3.8 propertyBag. Property names, types, enums, minimums and required
// members follow the official sarif-schema-2.1.0.json; like it, every object forbids unknown members
// (additionalProperties: false) except property bags.

const message = {
  type: 'object',
  properties: { text: { type: 'string' }, markdown: { type: 'string' }, id: { type: 'string' }, arguments: { type: 'array', items: { type: 'string' } }, properties: { $ref: '#/definitions/propertyBag' } },
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  additionalProperties: false,
};

const multiformat = {
  type: 'object',
  properties: { text: { type: 'string' }, markdown: { type: 'string' }, properties: { $ref: '#/definitions/propertyBag' } },
  required: ['text'],
  additionalProperties: false,
};

/** JSON Schema (draft-07) for the SARIF 2.1.0 subset: a log, runs, tool driver with rules, results with locations. */
export const sarifSubsetSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'SARIF 2.1.0 subset (hand-written from the OASIS spec)',
  type: 'object',
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: { type: ['array', 'null'], minItems: 0, uniqueItems: false, items: { $ref: '#/definitions/run' } },
    properties: { $ref: '#/definitions/propertyBag' },
  },
  required: ['version', 'runs'],
  additionalProperties: false,
  definitions: {
    propertyBag: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } }, additionalProperties: true },
    message,
    multiformatMessageString: multiformat,
    run: {
      type: 'object',
      properties: {
        tool: { $ref: '#/definitions/tool' },
        results: { type: ['array', 'null'], items: { $ref: '#/definitions/result' } },
        columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      required: ['tool'],
      additionalProperties: false,
    },
    tool: {
      type: 'object',
      properties: { driver: { $ref: '#/definitions/toolComponent' }, properties: { $ref: '#/definitions/propertyBag' } },
      required: ['driver'],
      additionalProperties: false,
    },
    toolComponent: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        version: { type: 'string' },
        semanticVersion: { type: 'string' },
        informationUri: { type: 'string', format: 'uri' },
        rules: { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/reportingDescriptor' } },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      required: ['name'],
      additionalProperties: false,
    },
    reportingDescriptor: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        shortDescription: { $ref: '#/definitions/multiformatMessageString' },
        fullDescription: { $ref: '#/definitions/multiformatMessageString' },
        help: { $ref: '#/definitions/multiformatMessageString' },
        helpUri: { type: 'string', format: 'uri' },
        defaultConfiguration: { $ref: '#/definitions/reportingConfiguration' },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      required: ['id'],
      additionalProperties: false,
    },
    reportingConfiguration: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        rank: { type: 'number', minimum: -1, maximum: 100 },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      additionalProperties: false,
    },
    result: {
      type: 'object',
      properties: {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        message: { $ref: '#/definitions/message' },
        locations: { type: 'array', items: { $ref: '#/definitions/location' } },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      required: ['message'],
      additionalProperties: false,
    },
    location: {
      type: 'object',
      properties: {
        id: { type: 'integer', minimum: -1 },
        physicalLocation: { $ref: '#/definitions/physicalLocation' },
        logicalLocations: { type: 'array', minItems: 0, uniqueItems: true, items: { $ref: '#/definitions/logicalLocation' } },
        message: { $ref: '#/definitions/message' },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      additionalProperties: false,
    },
    physicalLocation: {
      type: 'object',
      properties: {
        artifactLocation: { $ref: '#/definitions/artifactLocation' },
        region: { $ref: '#/definitions/region' },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
      additionalProperties: false,
    },
    artifactLocation: {
      type: 'object',
      properties: {
        uri: { type: 'string', format: 'uri-reference' },
        uriBaseId: { type: 'string' },
        index: { type: 'integer', minimum: -1 },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      additionalProperties: false,
    },
    region: {
      type: 'object',
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
        charOffset: { type: 'integer', minimum: -1 },
        charLength: { type: 'integer', minimum: 0 },
        byteOffset: { type: 'integer', minimum: -1 },
        byteLength: { type: 'integer', minimum: 0 },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      anyOf: [{ required: ['startLine'] }, { required: ['charOffset'] }, { required: ['byteOffset'] }],
      additionalProperties: false,
    },
    logicalLocation: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        index: { type: 'integer', minimum: -1 },
        fullyQualifiedName: { type: 'string' },
        decoratedName: { type: 'string' },
        parentIndex: { type: 'integer', minimum: -1 },
        kind: { type: 'string' },
        properties: { $ref: '#/definitions/propertyBag' },
      },
      additionalProperties: false,
    },
  },
} as const;
