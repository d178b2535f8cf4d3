/**
 * The decisions behind a lookup, made once and without side effects: sandbox or network, which credential kind
 * signs it, the configured field defaults, where it goes, and the validated request. The host only carries them out
 * (asks for consent, shows refusals, sends); the same rules describe the mode in the status bar and the builder.
 */
import { ENDPOINTS, type AuthKind, type EndpointSpec } from '../catalog/endpoints';
import { needsOriginConsent, normalizeBaseUrl } from './baseUrl';
import { answersFromSandbox, CREDENTIAL_PREFERENCE, modeAuth, SANDBOX_AUTH, type FieldDefaults, type LookupContext } from './connectionMode';
import { prepareLookup, type LookupRequest, type PreparedRequest, type PrepareResult, type ValidationIssue } from './lookupRequest';

export type Refusal =
  | { readonly reason: 'restricted' }
  | { readonly reason: 'no-credentials' }
  | { readonly reason: 'wrong-credentials'; readonly spec: EndpointSpec; readonly available: readonly AuthKind[] }
  | { readonly reason: 'invalid-base-url'; readonly message: string }
  | { readonly reason: 'invalid-input'; readonly issues: readonly ValidationIssue[] };

export type LookupPlan =
  | {
      readonly ok: true;
      readonly to: 'sandbox';
      readonly auth: AuthKind;
      /** The request with the field defaults applied: what is sent, recorded and rerun. */
      readonly request: LookupRequest;
      readonly prepared: PreparedRequest;
    }
  | {
      readonly ok: true;
      readonly to: 'network';
      readonly auth: AuthKind;
      readonly request: LookupRequest;
      readonly prepared: PreparedRequest;
      /** Normalised: https, or http on loopback. */
      readonly baseUrl: string;
      /** The origin is neither X's nor on this machine: the user must agree before credentials go there. */
      readonly needsConsent: boolean;
    }
  | { readonly ok: false; readonly refusal: Refusal };

/** The credential kind that signs a lookup of `spec`: the first preferred kind that is set and accepted there. */
export function pickCredentialKind(spec: EndpointSpec, available: readonly AuthKind[]): AuthKind | undefined {
  return CREDENTIAL_PREFERENCE.find((kind) => available.includes(kind) && spec.auth.includes(kind));
}

export function withFieldDefaults(request: LookupRequest, defaults: FieldDefaults): LookupRequest {
  const spec = ENDPOINTS[request.endpoint];
  if (!spec?.takesFields) return request;
  return {
    ...request,
    userFields: request.userFields ?? (defaults.userFields.length ? defaults.userFields : undefined),
    tweetFields: request.tweetFields ?? (defaults.tweetFields.length ? defaults.tweetFields : undefined),
    expansions: request.expansions ?? (defaults.expansions.length ? defaults.expansions : undefined),
  };
}

/**
 * Validation as the lookup would see it now (defaults applied, signed by the kind that would sign it), for live
 * checks in the palette and the builder. A request no set kind can sign is checked as the mode's kind, so the
 * refusal names what is missing.
 */
export function validateForContext(request: LookupRequest, context: LookupContext): PrepareResult {
  const spec = ENDPOINTS[request.endpoint];
  const auth = answersFromSandbox(context) ? SANDBOX_AUTH : (spec && pickCredentialKind(spec, context.available)) ?? modeAuth(context);
  return prepareLookup(withFieldDefaults(request, context.defaults), { vocabulary: context.vocabulary, auth });
}

/** Every decision for one lookup; a refusal says why nothing may be sent. */
export function planLookup(request: LookupRequest, context: LookupContext, options: { readonly forceSandbox?: boolean } = {}): LookupPlan {
  const full = withFieldDefaults(request, context.defaults);
  const spec: EndpointSpec | undefined = ENDPOINTS[full.endpoint];
  const prepare = (auth: AuthKind): PrepareResult => prepareLookup(full, { vocabulary: context.vocabulary, auth });
  if (options.forceSandbox === true || answersFromSandbox(context)) {
    const prepared = prepare(SANDBOX_AUTH);
    if (!prepared.ok) return { ok: false, refusal: { reason: 'invalid-input', issues: prepared.issues } };
    return { ok: true, to: 'sandbox', auth: SANDBOX_AUTH, request: full, prepared: prepared.request };
  }
  if (!context.trusted) return { ok: false, refusal: { reason: 'restricted' } };
  if (!spec) {
    const prepared = prepare(modeAuth(context));
    return { ok: false, refusal: { reason: 'invalid-input', issues: prepared.ok ? [] : prepared.issues } };
  }
  const auth = pickCredentialKind(spec, context.available);
  if (auth === undefined) {
    return { ok: false, refusal: context.available.length === 0 ? { reason: 'no-credentials' } : { reason: 'wrong-credentials', spec, available: context.available } };
  }
  const prepared = prepare(auth);
  if (!prepared.ok) return { ok: false, refusal: { reason: 'invalid-input', issues: prepared.issues } };
  const base = normalizeBaseUrl(context.baseUrl);
  if (!base.ok) return { ok: false, refusal: { reason: 'invalid-base-url', message: base.message } };
  return { ok: true, to: 'network', auth, request: full, prepared: prepared.request, baseUrl: base.url, needsConsent: needsOriginConsent(base.url) };
}
