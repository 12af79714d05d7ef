// The OpenAPI 3.1 description of the contract (contract/openapi.json, built from the JSON
// Schema by contract/tests/openapi.rs) is a valid OpenAPI 3.1 document, by the
// specification's own schema, and every reference in it resolves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';

const url = new URL('../contract/openapi.json', import.meta.url);

test('contract/openapi.json is valid OpenAPI 3.1', async () => {
  const document = JSON.parse(await readFile(url, 'utf8'));
  const validator = new Validator();
  const result = await validator.validate(document);
  assert.equal(validator.version, '3.1');
  assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
});

test('every reference of contract/openapi.json resolves, and every message is described', async () => {
  const document = JSON.parse(await readFile(url, 'utf8'));
  const missing = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') {
        const name = value.replace('#/components/schemas/', '');
        if (!value.startsWith('#/components/schemas/') || !(name in document.components.schemas)) missing.push(value);
      } else walk(value);
    }
  };
  walk(document);
  assert.deepEqual(missing, []);
  for (const message of ['Session', 'ConfirmRequest', 'PaymentResult', 'ActionRequest', 'TokenizeRequest',
    'TokenizeResponse', 'ApiError', 'CreateSessionRequest']) {
    assert.ok(message in document.components.schemas, message);
  }
  const broken = structuredClone(document);
  delete broken.info;
  assert.equal((await new Validator().validate(broken)).valid, false, 'the validator refuses a document without info');
});
