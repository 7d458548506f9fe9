/**
 * A TypeScript client reads our specs: one call per API with the types openapi-typescript
 * generates from specs/ (ts/generated/, written by scripts/check-typescript), type-checked with
 * `tsc --noEmit` in CI. Nothing here runs; the `@ts-expect-error` lines prove the types are
 * precise (tsc fails if such a line stops being an error).
 */
import type { components as AiComponents, paths as AiPaths } from "./generated/ai-memory";
import type { components as MsComponents, paths as MsPaths } from "./generated/memories-sh";

/** The JSON body of a request or response object of the generated `paths`. */
type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

// ---------------------------------------------------------------------------------- ai-memory
// POST /api/v1/memories (`store`): 201 with the created memory; errors are `Error` bodies.

type StoreOperation = AiPaths["/api/v1/memories"]["post"];
export type StoreRequest = JsonOf<StoreOperation["requestBody"]>;
export type StoreCreated = JsonOf<StoreOperation["responses"][201]>;
export type AiError = AiComponents["schemas"]["Error"];
export type Tier = AiComponents["schemas"]["Tier"];

export class AiMemoryError extends Error {
  constructor(
    readonly status: number,
    readonly body: AiError,
  ) {
    super(`${status}: ${body.error}`);
  }
}

export async function store(baseUrl: string, request: StoreRequest, agentId?: string): Promise<StoreCreated> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (agentId !== undefined) headers["X-Agent-Id"] = agentId;
  const response = await fetch(`${baseUrl}/api/v1/memories`, {
    method: "POST",
    headers,
    body: JSON.stringify(request),
  });
  if (response.status === 201) return (await response.json()) as StoreCreated;
  throw new AiMemoryError(response.status, (await response.json()) as AiError);
}

export async function aiMemoryExample(baseUrl: string): Promise<string> {
  const tier: Tier = "long";
  try {
    const created = await store(baseUrl, { title: "BIND9 build notes", content: "Use --with-openssl.", tier, tags: ["dns"] });
    const id: string = created.id;
    const stored: Tier = created.tier;
    return `${id} (${stored}) in ${created.namespace}`;
  } catch (error) {
    if (error instanceof AiMemoryError && error.body.existing_id !== undefined) {
      return `conflict with ${error.body.existing_id} (${error.body.code ?? "no code"})`;
    }
    throw error;
  }
}

// @ts-expect-error `title` is required by CreateMemory
export const missingTitle: StoreRequest = { content: "no title" };
// @ts-expect-error `tier` is the enum short | mid | long
export const badTier: StoreRequest = { title: "t", content: "c", tier: "forever" };

// -------------------------------------------------------------------------------- memories.sh
// POST /api/sdk/v1/memories/add (`memories.add`): every answer is an {ok, data, error, meta}
// envelope; `ok` discriminates the success envelope from the error envelope.

type AddOperation = MsPaths["/api/sdk/v1/memories/add"]["post"];
export type AddRequest = JsonOf<AddOperation["requestBody"]>;
export type AddEnvelope = JsonOf<AddOperation["responses"][201]>;
export type ErrorEnvelope = MsComponents["schemas"]["ErrorEnvelope"];
export type ApiError = MsComponents["schemas"]["ApiError"];

// The error statuses of the route answer the shared ErrorEnvelope.
export const badRequestIsAnErrorEnvelope = (body: JsonOf<AddOperation["responses"][400]>): ErrorEnvelope => body;
export const rateLimitedIsAnErrorEnvelope = (body: JsonOf<AddOperation["responses"][429]>): ErrorEnvelope => body;

export class MemoriesError extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.status} ${error.code}: ${error.message}`);
  }
}

export async function addMemory(baseUrl: string, apiKey: string, request: AddRequest): Promise<AddEnvelope["data"]> {
  const response = await fetch(`${baseUrl}/api/sdk/v1/memories/add`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as AddEnvelope | ErrorEnvelope;
  if (envelope.ok) {
    const requestId: string = envelope.meta.requestId;
    void requestId;
    return envelope.data;
  }
  // Narrowed to the error envelope: `data` is null and `error` is set.
  const nothing: null = envelope.data;
  void nothing;
  throw new MemoriesError(envelope.error);
}

export async function memoriesExample(baseUrl: string, apiKey: string): Promise<string> {
  try {
    const data = await addMemory(baseUrl, apiKey, {
      content: "Always run smoke tests before deploy",
      type: "rule",
      scope: { projectId: "github.com/acme/platform" },
    });
    return `${data.id}: ${data.memory.content} [${data.memory.layer}]`;
  } catch (error) {
    if (error instanceof MemoriesError && error.error.retryable) {
      const details = error.error.details;
      const wait = details !== undefined && "retryAfterSeconds" in details ? details.retryAfterSeconds : 1;
      return `retry in ${wait}s (${error.error.type})`;
    }
    throw error;
  }
}

// @ts-expect-error `content` is required by MemoriesAddRequest
export const missingContent: AddRequest = { type: "rule" };
// @ts-expect-error `type` is the enum rule | decision | fact | note | skill
export const badType: AddRequest = { content: "c", type: "todo" };
