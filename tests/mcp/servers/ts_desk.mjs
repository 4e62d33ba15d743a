// A travel desk MCP server written with the official TypeScript SDK (`@modelcontextprotocol/sdk`
// from npm), as users of the TypeScript ecosystem write them: the 2025 era (`initialize`,
// sessions) only, over stdio (the default) or stateful Streamable HTTP (`--http PORT`, at /mcp).
//
// Tools ask the client live on the request that caused them (the SDK's `sendRequest` from the
// handler's context): `book` (form elicitation), `summarize` (sampling), `where` (roots), and
// `work` sends logs and progress on the same request. A resource `desk://policy` and a prompt
// `briefing` (which asks for sampling while it is built, as a prompt may). Also two tools the
// conformance suite calls (`test_simple_text`, `test_error_handling`).
//
// Run by node directly (no build step): `node ts_desk.mjs [--http PORT]`.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import {
  CreateMessageResultSchema,
  ElicitResultSchema,
  isInitializeRequest,
  ListRootsResultSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

const text = (t) => ({ content: [{ type: "text", text: t }] });

async function sample(extra, prompt) {
  const r = await extra.sendRequest(
    {
      method: "sampling/createMessage",
      params: { messages: [{ role: "user", content: { type: "text", text: prompt } }], maxTokens: 50 },
    },
    CreateMessageResultSchema,
  );
  return r.content.type === "text" ? r.content.text : "";
}

function desk() {
  const server = new McpServer(
    { name: "ts-desk", version: "1.0.0" },
    { capabilities: { logging: {} } },
  );

  server.registerTool(
    "book",
    { description: "Book a trip; asks who is travelling", inputSchema: { destination: z.string() } },
    async ({ destination }, extra) => {
      const r = await extra.sendRequest(
        {
          method: "elicitation/create",
          params: {
            mode: "form",
            message: "Who is travelling?",
            requestedSchema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
          },
        },
        ElicitResultSchema,
      );
      if (r.action !== "accept") return text(`Not booked: ${r.action}`);
      return text(`Booked ${destination} for ${r.content.name}`);
    },
  );

  server.registerTool(
    "summarize",
    { description: "Summarize a text with the client's model", inputSchema: { text: z.string() } },
    async ({ text: t }, extra) => text(`summary: ${await sample(extra, `Summarize: ${t}`)}`),
  );

  server.registerTool("where", { description: "The client's roots" }, async (extra) => {
    const r = await extra.sendRequest({ method: "roots/list" }, ListRootsResultSchema);
    return text(`roots: ${r.roots.map((root) => root.uri).join(",")}`);
  });

  server.registerTool(
    "work",
    { description: "Work in steps, with logs and progress", inputSchema: { steps: z.number().int() } },
    async ({ steps }, extra) => {
      const token = extra._meta?.progressToken;
      await extra.sendNotification({
        method: "notifications/message",
        params: { level: "info", logger: "ts-desk", data: `starting ${steps} steps` },
      });
      for (let i = 1; i <= steps; i++) {
        if (token !== undefined) {
          await extra.sendNotification({
            method: "notifications/progress",
            params: { progressToken: token, progress: i, total: steps },
          });
        }
      }
      return text(`worked ${steps} steps`);
    },
  );

  // Two of the tools the conformance suite calls, so its tool scenarios check something real
  // here (an unknown tool is an isError result in this SDK, which the suite's checks accept).
  server.registerTool("test_simple_text", { description: "Returns simple text" }, async () =>
    text("This is a simple text response for testing."),
  );
  server.registerTool("test_error_handling", { description: "Fails" }, async () => {
    throw new Error("This tool intentionally returns an error for testing");
  });

  server.registerResource(
    "policy",
    "desk://policy",
    { description: "The travel policy", mimeType: "text/plain" },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/plain", text: "Economy under 6 hours." }] }),
  );

  server.registerPrompt(
    "briefing",
    { description: "A briefing for a destination, drafted with the client's model", argsSchema: { destination: z.string() } },
    async ({ destination }, extra) => ({
      messages: [
        { role: "user", content: { type: "text", text: `Briefing for ${destination}: ${await sample(extra, destination)}` } },
      ],
    }),
  );
  return server;
}

async function serveHttp(port) {
  const transports = new Map();
  const http = createServer(async (req, res) => {
    if (!req.url?.startsWith("/mcp")) {
      res.writeHead(404).end();
      return;
    }
    const sid = req.headers["mcp-session-id"];
    let body;
    if (req.method === "POST") {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      try {
        body = JSON.parse(Buffer.concat(chunks).toString() || "null");
      } catch {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } }));
        return;
      }
    }
    let transport = sid ? transports.get(sid) : undefined;
    if (!transport) {
      if (sid || req.method !== "POST" || !isInitializeRequest(body)) {
        // No session for this request: 404 for an unknown session, 400 without one (as the SDK's examples).
        res.writeHead(sid ? 404 : 400, { "content-type": "application/json" });
        res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32000, message: "No valid session" } }));
        return;
      }
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => transports.set(id, transport),
      });
      transport.onclose = () => transport.sessionId && transports.delete(transport.sessionId);
      await desk().connect(transport);
    }
    await transport.handleRequest(req, res, body);
  });
  http.listen(port, "127.0.0.1");
}

const i = process.argv.indexOf("--http");
if (i >= 0) {
  await serveHttp(Number(process.argv[i + 1]));
} else {
  await desk().connect(new StdioServerTransport());
}
