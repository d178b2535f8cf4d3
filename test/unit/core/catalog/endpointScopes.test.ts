import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENDPOINT_IDS, ENDPOINTS, type AuthKind } from '../../../../src/core/catalog/endpoints';
import { OAUTH2_SCOPES } from '../../../../src/core/auth/scopes';
import { projectRoot } from '../../../../tools/workbench/projectFiles';

/** The spec's security scheme names, as the catalogue's auth kinds. */
const SCHEMES: Readonly<Record<string, AuthKind>> = { BearerToken: 'bearer', OAuth2UserToken: 'oauth2', UserToken: 'oauth1' };

interface Spec {
  readonly info: { readonly version: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, { readonly security?: readonly Readonly<Record<string, readonly string[]>>[] }>>>>;
  readonly components: { readonly securitySchemes?: { readonly OAuth2UserToken?: { readonly flows: { readonly authorizationCode: { readonly scopes: Readonly<Record<string, string>> } } } } };
}

const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'openapi');
const FULL = path.resolve(projectRoot, '..', 'shared', 'reference', 'openapi');

function load(file: string): Spec {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Spec;
}

/** Auth kinds and OAuth 2.0 scopes of each v2 endpoint of the catalogue, read from a spec's `security`. */
function checkAgainst(spec: Spec, where: string): void {
  for (const id of ENDPOINT_IDS) {
    const endpoint = ENDPOINTS[id];
    if (endpoint.api !== 'v2') continue;
    const specPath = endpoint.path.replace(/:([a-z_]+)/g, '{$1}');
    const security = spec.paths[specPath]?.[endpoint.method.toLowerCase()]?.security;
    assert.ok(security, `${where}: no security for ${endpoint.method} ${specPath}`);
    const kinds = security.flatMap((requirement) => Object.keys(requirement).map((scheme) => SCHEMES[scheme]));
    assert.ok(kinds.every((kind) => kind !== undefined), `${where}: unknown scheme at ${specPath}`);
    assert.deepEqual([...endpoint.auth].sort(), [...new Set(kinds)].sort(), `${where}: auth of ${id}`);
    const scopes = security.flatMap((requirement) => requirement.OAuth2UserToken ?? []);
    assert.deepEqual([...endpoint.oauth2Scopes].sort(), [...new Set(scopes)].sort(), `${where}: scopes of ${id}`);
  }
}

describe('endpoint auth and scopes against X\'s specs', () => {
  it('matches the user-lookup extracts (committed fixtures) in both versions', () => {
    for (const version of ['2.166', '2.167']) checkAgainst(load(path.join(FIXTURES, `x-api-v2-user-lookup.openapi-${version}.json`)), `extract ${version}`);
  });

  it('matches the full specs, and knows every scope they define', function () {
    const files = ['2.166', '2.167'].map((version) => path.join(FULL, `x-api-v2-full.openapi-${version}.json`));
    if (!files.every((file) => fs.existsSync(file))) {
      console.log(`    (skipped: X's full specs are not at ${FULL})`);
      this.skip();
    }
    const defined = new Set<string>();
    for (const file of files) {
      const spec = load(file);
      checkAgainst(spec, path.basename(file));
      for (const scope of Object.keys(spec.components.securitySchemes?.OAuth2UserToken?.flows.authorizationCode.scopes ?? {})) defined.add(scope);
      // Every scope any operation asks for is one the scheme defines.
      for (const operations of Object.values(spec.paths)) {
        for (const operation of Object.values(operations)) {
          for (const requirement of operation.security ?? []) for (const scope of requirement.OAuth2UserToken ?? []) assert.ok(defined.has(scope), scope);
        }
      }
    }
    assert.deepEqual([...OAUTH2_SCOPES].sort(), [...defined].sort());
  });
});
