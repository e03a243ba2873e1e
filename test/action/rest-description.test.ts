// The committed REST subset and the script that cuts it.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import { OPERATIONS, extractSubset } from "../../scripts/extract-github-openapi.mjs";
import { RestDescription, toJsonSchema } from "./rest-description.js";

const subsetUrl = new URL("./fixtures/github-rest-subset.json", import.meta.url);
const committed = JSON.parse(readFileSync(subsetUrl, "utf8"));

describe("the committed subset", () => {
  test("records where it came from and stays small", () => {
    expect(committed.info["x-extracted"]).toMatchObject({
      package: "@octokit/openapi",
      packageVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      extractedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      operations: OPERATIONS.map(([m, p]) => `${m.toUpperCase()} ${p}`),
    });
    expect(readFileSync(subsetUrl).length).toBeLessThan(150_000);
  });

  test("is closed and minimal: cutting it again yields itself", () => {
    const again = extractSubset(committed, { packageVersion: "x", extractedAt: "x" });
    expect(again.paths).toEqual(committed.paths);
    expect(again.components).toEqual(committed.components);
  });

  test("every operation the Action uses is there with its operationId and docs URL", () => {
    const description = RestDescription.load();
    expect(description.operations.map((o) => `${o.method} ${o.template} ${o.operationId}`)).toEqual([
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments issues/list-comments",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments issues/create-comment",
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} issues/update-comment",
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id} issues/delete-comment",
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files pulls/list-files",
      "GET /repos/{owner}/{repo}/pulls/{pull_number} pulls/get",
      "GET /user users/get-authenticated",
      "GET /repos/{owner}/{repo}/compare/{basehead} repos/compare-commits-with-basehead",
    ]);
    for (const op of description.operations) expect(op.docsUrl).toMatch(/^https:\/\/docs\.github\.com\/rest\//);
    for (const ref of description.allRefs()) expect(() => description.deref({ $ref: ref })).not.toThrow();
  });

  test("routes match templates, multi-segment basehead included", () => {
    const description = RestDescription.load();
    expect(description.match("GET", "/repos/o/r/compare/o:main...fork:feat/x").route?.params).toEqual({ owner: "o", repo: "r", basehead: "o:main...fork:feat/x" });
    expect(description.match("PATCH", "/repos/o/r/issues/comments/5").route?.operation.operationId).toBe("issues/update-comment");
    expect(description.match("PUT", "/repos/o/r/issues/comments/5")).toEqual({ pathKnown: true });
    expect(description.match("GET", "/repos/o/r/issues/5/comments/extra")).toEqual({ pathKnown: false });
  });
});

describe("extractSubset", () => {
  const spec = {
    openapi: "3.0.3",
    info: { version: "1.0.0" },
    paths: {
      "/things/{id}": {
        parameters: [{ $ref: "#/components/parameters/id" }],
        get: {
          operationId: "things/get",
          summary: "Get a thing",
          description: "Long prose",
          tags: ["things"],
          externalDocs: { description: "docs", url: "https://docs.example/things" },
          responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/thing" }, examples: { a: {} } } } } },
        },
      },
    },
    components: {
      parameters: { id: { name: "id", in: "path", required: true, description: "the id", schema: { type: "integer" } } },
      schemas: {
        thing: {
          title: "Thing",
          type: "object",
          properties: { description: { type: "string", description: "a property named description" }, title: { $ref: "#/components/schemas/label" } },
          example: { description: "x" },
        },
        label: { type: "string", enum: ["description", "title"], nullable: true },
        unused: { type: "string" },
      },
    },
  };

  test("strips documentation keywords, never properties that share their names, and follows refs", () => {
    const cut = extractSubset(spec, { packageVersion: "1.0.0", extractedAt: "2026-01-01" }, [["get", "/things/{id}"]]);
    expect(cut.paths["/things/{id}"].get).toEqual({
      operationId: "things/get",
      externalDocs: { url: "https://docs.example/things" },
      parameters: [{ $ref: "#/components/parameters/id" }],
      responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } } } },
    });
    expect(cut.components).toEqual({
      parameters: { id: { name: "id", in: "path", required: true, schema: { type: "integer" } } },
      schemas: {
        label: { type: "string", enum: ["description", "title"], nullable: true },
        thing: { type: "object", properties: { description: { type: "string" }, title: { $ref: "#/components/schemas/label" } } },
      },
    });
  });

  test("a missing operation or a dangling ref is an error", () => {
    const meta = { packageVersion: "1.0.0", extractedAt: "2026-01-01" };
    expect(() => extractSubset(spec, meta, [["post", "/things/{id}"]])).toThrow(/POST \/things\/\{id\} is not in the description/);
    const broken = structuredClone(spec);
    delete (broken.components.schemas as Record<string, unknown>).label;
    expect(() => extractSubset(broken, meta, [["get", "/things/{id}"]])).toThrow(/dangling \$ref #\/components\/schemas\/label/);
  });
});

describe("toJsonSchema", () => {
  test.each([
    [{ type: "string", nullable: true }, { anyOf: [{ type: "string" }, { type: "null" }] }],
    [{ allOf: [{ $ref: "#/components/schemas/x" }], nullable: true }, { anyOf: [{ allOf: [{ $ref: "https://tollgate.invalid/github-rest-subset.json#/components/schemas/x" }] }, { type: "null" }] }],
    [{ type: "string", enum: ["a", null], nullable: false }, { type: "string", enum: ["a", null] }],
    [{ properties: { nullable: { type: "boolean" } } }, { properties: { nullable: { type: "boolean" } } }],
  ])("%j", (input, output) => {
    expect(toJsonSchema(input)).toEqual(output);
  });
});
