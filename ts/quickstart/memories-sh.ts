/**
 * memories.sh quickstart in TypeScript: a client generated from specs/memories-sh.openapi.yaml
 * (openapi-typescript types + openapi-fetch) adds memories, searches them and gets the context
 * from a running server (MEMORIES_BASE_URL, MEMORIES_API_KEY), asserting the typed fields and
 * the `{ok, data, error, meta}` envelope.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/memories-sh";
import { env, expect, expectType, run } from "./check.js";

type Memory = components["schemas"]["Memory"];
type Meta = components["schemas"]["Meta"];

function expectMemory(memory: Memory, where: string): void {
  expectType(memory.id, "string", `${where}.id`);
  expectType(memory.content, "string", `${where}.content`);
  expectType(memory.type, "string", `${where}.type`);
  expectType(memory.layer, "string", `${where}.layer`);
  expectType(memory.tags, "array", `${where}.tags`);
  expectType(memory.paths, "array", `${where}.paths`);
  expectType(memory.scope, "string", `${where}.scope`);
}

function expectMeta(meta: Meta, endpoint: string): void {
  expectType(meta.requestId, "string", "meta.requestId");
  expect(meta.endpoint === endpoint, `meta.endpoint is ${meta.endpoint}, not ${endpoint}`);
  expect(!Number.isNaN(Date.parse(meta.timestamp)), `meta.timestamp is not a date: ${meta.timestamp}`);
}

async function main(): Promise<string> {
  const client = createClient<paths>({
    baseUrl: env("MEMORIES_BASE_URL"),
    headers: { Authorization: `Bearer ${env("MEMORIES_API_KEY")}` },
  });
  const scope = { projectId: "github.com/acme/platform" };

  const rule = await client.POST("/api/sdk/v1/memories/add", {
    body: { content: "Always run smoke tests before deploy", type: "rule", tags: ["ci"], scope },
  });
  expect(rule.response.status === 201, `add answered ${rule.response.status}: ${JSON.stringify(rule.error)}`);
  const added = rule.data;
  expect(added?.ok === true, "add: the envelope is not ok");
  expectMeta(added.meta, "/api/sdk/v1/memories/add");
  expectMemory(added.data.memory, "add.memory");
  expect(added.data.memory.layer === "rule" && added.data.memory.scope === "project", "add: layer/scope");
  const note = await client.POST("/api/sdk/v1/memories/add", {
    body: { content: "Deploys to production happen on Tuesdays", type: "fact", layer: "long_term", scope },
  });
  const noted = note.data;
  expect(noted?.ok === true, `add answered ${note.response.status}: ${JSON.stringify(note.error)}`);

  const found = await client.POST("/api/sdk/v1/memories/search", { body: { query: "production", scope } });
  expect(found.data?.ok === true, `search answered ${found.response.status}: ${JSON.stringify(found.error)}`);
  expectMeta(found.data.meta, "/api/sdk/v1/memories/search");
  const { memories, count } = found.data.data;
  expectType(count, "number", "search.count");
  expect(memories.some((m) => m.id === noted.data.id), `search did not find ${noted.data.id}`);
  memories.forEach((m, i) => expectMemory(m, `search.memories[${i}]`));

  const context = await client.POST("/api/sdk/v1/context/get", { body: { query: "deploy", scope } });
  expect(context.data?.ok === true, `context answered ${context.response.status}: ${JSON.stringify(context.error)}`);
  const data = context.data.data;
  expect(data.rules.some((m) => m.id === added.data.id), "context.rules lacks the rule");
  for (const key of ["rules", "memories", "skillFiles", "workingMemories", "longTermMemories"] as const) {
    expectType(data[key], "array", `context.${key}`);
  }
  expectType(data.trace, "object", "context.trace");
  expect(data.query === "deploy", `context.query is ${data.query}`);

  const bad = await client.POST("/api/sdk/v1/memories/add", { body: { content: "" } });
  expect(bad.response.status === 400, `add("") answered ${bad.response.status}`);
  const rejected = bad.error; // the documented error envelopes (or a non-envelope text body)
  expect(typeof rejected === "object" && rejected.ok === false, `400 body is not an error envelope: ${String(rejected)}`);
  expect(rejected.error.code === "INVALID_REQUEST" && rejected.error.status === 400, "the error envelope");

  return `added ${added.data.id} and ${noted.data.id}, search found ${count}, context has ${data.rules.length} rule(s)`;
}

await run("memories.sh", main);
