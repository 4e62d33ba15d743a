// A real OpenID Connect provider (panva's oidc-provider) on loopback for Bastion's identity
// tests. Tokens are issued non-interactively with the client_credentials grant; a resource
// indicator makes them JWT access tokens (RFC 9068) for the audience the test needs.
//
// usage: node server.mjs CONFIG.json    (CONFIG: {port, jwks: {keys: [...private JWKs]},
//        clients: [{client_id, client_secret, claims: {...extra token claims}}]})
import { readFileSync } from "node:fs";
import Provider from "oidc-provider";

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

const provider = new Provider(issuer, {
  jwks: config.jwks,
  clients: config.clients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    grant_types: ["client_credentials"],
    response_types: [],
    redirect_uris: [],
  })),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => "urn:bastion",
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

provider.listen(config.port, "127.0.0.1", () => {
  console.log(`oidc-provider ready at ${issuer}`);
});
