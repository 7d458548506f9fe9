/**
 * ai-memory quickstart in TypeScript: a client generated from specs/ai-memory.openapi.yaml
 * (openapi-typescript types + openapi-fetch) stores a memory, recalls it and gets it back from a
 * running server (AI_MEMORY_BASE_URL, AI_MEMORY_API_KEY), asserting the typed fields it reads.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/ai-memory";
import { env, expect, expectType, run } from "./check.js";

type Memory = components["schemas"]["Memory"];

function expectMemory(memory: Memory, where: string): void {
  expectType(memory.id, "string", `${where}.id`);
  expectType(memory.title, "string", `${where}.title`);
  expectType(memory.content, "string", `${where}.content`);
  expectType(memory.tags, "array", `${where}.tags`);
  expectType(memory.priority, "number", `${where}.priority`);
  expectType(memory.confidence, "number", `${where}.confidence`);
  expectType(memory.version, "number", `${where}.version`);
  expectType(memory.metadata, "object", `${where}.metadata`);
  expect(!Number.isNaN(Date.parse(memory.created_at)), `${where}.created_at is not a date: ${memory.created_at}`);
}

async function main(): Promise<string> {
  const agent = "ai:ts-quickstart@ci";
  const client = createClient<paths>({
    baseUrl: env("AI_MEMORY_BASE_URL"),
    headers: { "X-API-Key": env("AI_MEMORY_API_KEY"), "X-Agent-Id": agent },
  });
  const namespace = agent;
  // A unique title: the daemon answers 409 to a second memory with the same title in a namespace.
  const title = `BIND9 build notes ${Date.now()}`;

  const stored = await client.POST("/api/v1/memories", {
    body: { title, content: "Use --with-openssl=/opt/openssl.", tier: "long", tags: ["dns", "bind9"], namespace },
  });
  expect(stored.response.status === 201, `store answered ${stored.response.status}: ${JSON.stringify(stored.error)}`);
  const created = stored.data; // 201 CreateMemoryResponse (or 202 GovernancePending under a policy)
  expect(created !== undefined, "store returned no body");
  const id = created.id;
  expect(typeof id === "string", `store.id is typed string but the server sent ${JSON.stringify(id)}`);
  expect(created.tier === "long" && created.namespace === namespace && created.title === title, "store echoed other values");

  const recalled = await client.POST("/api/v1/recall", { body: { context: "how do I build BIND9?", namespace, limit: 5 } });
  expect(recalled.data !== undefined, `recall answered ${recalled.response.status}: ${JSON.stringify(recalled.error)}`);
  const { memories, count, mode } = recalled.data;
  expectType(count, "number", "recall.count");
  expectType(mode, "string", "recall.mode");
  const hit = memories.find((m) => m.id === id);
  expect(hit !== undefined, `recall did not find ${id} among ${count} memories`);
  expectMemory(hit, "recall.memories[]");
  expectType(hit.score, "number", "recall.memories[].score");

  const got = await client.GET("/api/v1/memories/{id}", { params: { path: { id } } });
  expect(got.data !== undefined, `get answered ${got.response.status}: ${JSON.stringify(got.error)}`);
  expectMemory(got.data.memory, "get.memory");
  expect(got.data.memory.title === title && got.data.memory.tags.join(",") === "dns,bind9", "get returned another memory");
  expectType(got.data.links, "array", "get.links");

  const missing = await client.GET("/api/v1/memories/{id}", {
    params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
  });
  expect(missing.response.status === 404, `get(unknown) answered ${missing.response.status}`);
  const notFound = missing.error; // the union of the documented error bodies (JSON Error or axum text)
  expect(typeof notFound === "object" && notFound !== null, `404 body is not the JSON Error: ${String(notFound)}`);
  expectType(notFound.error, "string", "Error.error");

  return `stored ${id}, recalled it (${mode}, ${count} hit(s)), got it back with ${got.data.links.length} link(s)`;
}

await run("ai-memory", main);
