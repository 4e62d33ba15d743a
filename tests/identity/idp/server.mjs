// A real OpenID Connect provider (panva's oidc-provider) on loopback for Bastion's identity
// tests. Tokens are issued non-interactively with the client_credentials grant; a resource
// indicator makes them JWT access tokens (RFC 9068) for the audience the test needs.
//
// usage: node server.mjs CONFIG.json    (CONFIG: {port, jwks: {keys: [...private JWKs]},
//        clients: [{client_id, client_secret, claims: {...extra token claims}}],
//        exchange: {trusted_issuers: {iss: jwks_uri}, subject_audience, denied_subjects: [sub],
//                   audiences: {aud: {ttl, scopes}}},
//        login_clients: [{client_id, client_secret, redirect_uris}], accounts: {id: {...claims}}})
//
// Browser sign-in (authorization code): with `login_clients` the provider's development
// interactions are on (a plain HTML login form where the password is not checked, then a
// consent form); `accounts` gives each login's userinfo claims (email, name, groups).
//
// RFC 8693 token exchange (grant urn:ietf:params:oauth:grant-type:token-exchange): the subject
// token is verified (this provider's own access tokens, or JWTs of a trusted issuer such as
// Bastion, checked against that issuer's JWKS), the audience must be a known one, and the issued
// token is a JWT for that audience with the subject's identity and `act` = the client.
// GET /__test/exchanges counts the exchanges granted.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import * as jose from "jose";
import Provider, { errors } from "oidc-provider";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const issuer = `http://127.0.0.1:${config.port}`;

// resource indicator -> what the access token looks like
const resources = {
  "urn:bastion": { audience: "bastion", accessTokenTTL: 300 },
  "urn:bastion:short": { audience: "bastion", accessTokenTTL: 1 },
  "urn:other": { audience: "other-api", accessTokenTTL: 300 },
  "urn:bastion:es256": { audience: "bastion", accessTokenTTL: 300, jwt: { sign: { alg: "ES256" } } },
};
const claimsOf = Object.fromEntries(config.clients.map((c) => [c.client_id, c.claims || {}]));

const loginClients = config.login_clients || [];
const loginIds = new Set(loginClients.map((c) => c.client_id));
const accounts = config.accounts || {};

const provider = new Provider(issuer, {
  jwks: config.jwks,
  clients: config.clients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    grant_types: ["client_credentials", "urn:ietf:params:oauth:grant-type:token-exchange"],
    response_types: [],
    redirect_uris: [],
  })).concat(loginClients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    grant_types: ["authorization_code"],
    response_types: ["code"],
    redirect_uris: c.redirect_uris,
  }))),
  claims: { openid: ["sub"], email: ["email"], profile: ["name", "groups"] },
  findAccount: (ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, ...(accounts[id] || {}) }),
  }),
  features: {
    devInteractions: { enabled: loginClients.length > 0 },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Browser sign-ins get tokens for the provider itself (userinfo), not for a resource.
      defaultResource: (ctx, client) => (client && loginIds.has(client.clientId) ? undefined : "urn:bastion"),
      getResourceServerInfo: (ctx, resource) => {
        const r = resources[resource];
        if (!r) throw new Error(`unknown resource ${resource}`);
        return { scope: "api", accessTokenFormat: "jwt", jwt: { sign: { alg: "RS256" } }, ...r };
      },
    },
  },
  ttl: { ClientCredentials: (ctx, token) => token.resourceServer?.accessTokenTTL ?? 300 },
  extraTokenClaims: (ctx, token) => claimsOf[token.clientId],
});

// ---- RFC 8693 token exchange ------------------------------------------------------------
const TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
const exchange = config.exchange || {};
const exchanged = { count: 0 };
const publicJwk = ({ d, p, q, dp, dq, qi, ...pub }) => pub;
const ownKeys = jose.createLocalJWKSet({ keys: config.jwks.keys.map(publicJwk) });
const trustedKeys = Object.fromEntries(Object.entries(exchange.trusted_issuers || {})
  .map(([iss, url]) => [iss, jose.createRemoteJWKSet(new URL(url), { cacheMaxAge: 5000, cooldownDuration: 0 })]));
const signingJwk = config.jwks.keys.find((k) => k.kty === "RSA");

async function verifySubject(token) {
  let iss;
  try {
    iss = jose.decodeJwt(token).iss;
  } catch {
    throw new errors.InvalidGrant("subject_token is not a JWT");
  }
  try {
    if (iss === issuer) {
      return (await jose.jwtVerify(token, ownKeys, { issuer, audience: "bastion" })).payload;
    }
    if (trustedKeys[iss]) {
      const audience = exchange.subject_audience || `${issuer}/token`;
      return (await jose.jwtVerify(token, trustedKeys[iss], { issuer: iss, audience })).payload;
    }
  } catch (e) {
    throw new errors.InvalidGrant(`subject_token rejected (${e.code || e.name})`);
  }
  throw new errors.InvalidGrant("subject_token issuer is not trusted");
}

provider.registerGrantType(TOKEN_EXCHANGE, async (ctx) => {
  const p = ctx.oidc.params;
  if (!p.subject_token || !p.subject_token_type) {
    throw new errors.InvalidRequest("subject_token and subject_token_type are required");
  }
  const subject = await verifySubject(p.subject_token);
  if ((exchange.denied_subjects || []).includes(subject.sub)) {
    throw new errors.InvalidGrant(`${subject.sub} may not act at ${p.audience}`);
  }
  const target = (exchange.audiences || {})[p.audience];
  if (!target) throw new errors.InvalidTarget(`audience ${p.audience} is not served here`);
  const scopes = (p.scope || "").split(" ").filter(Boolean);
  if (target.scopes && !scopes.every((s) => target.scopes.includes(s))) {
    throw new errors.InvalidScope(`scope not allowed for ${p.audience}`);
  }
  const now = Math.floor(Date.now() / 1000);
  const ttl = target.ttl || 300;
  const key = await jose.importJWK(signingJwk, "RS256");
  const clientId = ctx.oidc.client.clientId;
  const token = await new jose.SignJWT({
    sub: subject.sub, groups: subject.groups, email: subject.email, scope: scopes.join(" ") || undefined,
    client_id: clientId, act: { sub: clientId }, jti: randomUUID(),
  }).setProtectedHeader({ alg: "RS256", kid: signingJwk.kid, typ: "at+jwt" })
    .setIssuer(issuer).setAudience(p.audience).setIssuedAt(now).setExpirationTime(now + ttl).sign(key);
  exchanged.count += 1;
  ctx.body = { access_token: token, issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
               token_type: "Bearer", expires_in: ttl };
}, ["subject_token", "subject_token_type", "actor_token", "actor_token_type", "requested_token_type", "audience",
    "scope"]);

provider.use(async (ctx, next) => {
  if (ctx.path === "/__test/exchanges") {
    ctx.body = exchanged;
    return;
  }
  await next();
});

provider.listen(config.port, "127.0.0.1", () => {
  console.log(`oidc-provider ready at ${issuer}`);
});
