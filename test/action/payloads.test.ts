// The webhook examples, re-pointed: nothing of the example's repository, number or SHAs may survive.
import { describe, expect, test } from "@jest/globals";
import { pullRequestEvent, pushEvent, webhookExamples } from "./payloads.js";

const BASE = "a".repeat(40);
const HEAD = "b".repeat(40);

describe("pullRequestEvent", () => {
  test.each(["opened", "synchronize"] as const)("%s: repository, number and SHAs everywhere", (action) => {
    const original = webhookExamples("pull_request").find((e) => e.action === action)!;
    const event = pullRequestEvent({ action, owner: "octo-org", repo: "manifests", repoId: 4242, number: 17, baseSha: BASE, headSha: HEAD, headRef: "raise-cost" });
    const text = JSON.stringify(event);

    expect(event.action).toBe(action);
    expect(event.number).toBe(17);
    expect(event.repository).toMatchObject({ id: 4242, name: "manifests", full_name: "octo-org/manifests", owner: { login: "octo-org" } });
    expect(event.pull_request).toMatchObject({
      number: 17,
      html_url: "https://github.com/octo-org/manifests/pull/17",
      url: "https://api.github.com/repos/octo-org/manifests/pulls/17",
      diff_url: "https://github.com/octo-org/manifests/pull/17.diff",
      base: { sha: BASE, label: "octo-org:master", repo: { full_name: "octo-org/manifests" }, user: { login: "octo-org" } },
      head: { sha: HEAD, ref: "raise-cost", label: "octo-org:raise-cost", repo: { full_name: "octo-org/manifests" } },
    });
    expect(event.pull_request.statuses_url).toBe(`https://api.github.com/repos/octo-org/manifests/statuses/${HEAD}`);
    expect(text).not.toContain(original.repository.full_name);
    expect(text).not.toContain(original.pull_request.base.sha);
    expect(text).not.toContain(original.pull_request.head.sha);
    expect(text).not.toMatch(new RegExp(`/(pulls|issues|pull)/${original.number}\\b`));
    // The author is not the repository owner.
    expect(event.sender.login).toBe(original.sender.login);
    if (action === "synchronize") expect((event as { after?: string }).after).toBe(HEAD);
  });

  test("defaults keep the example as it is", () => {
    const original = webhookExamples("pull_request").find((e) => e.action === "opened")!;
    expect(pullRequestEvent()).toEqual(original);
  });

  test("a fork head", () => {
    const event = pullRequestEvent({ owner: "octo-org", repo: "manifests", fork: { owner: "forker" } });
    expect(event.pull_request.head).toMatchObject({
      label: "forker:changes",
      user: { login: "forker" },
      repo: { full_name: "forker/manifests", fork: true, owner: { login: "forker" } },
    });
    expect(event.pull_request.base.repo.full_name).toBe("octo-org/manifests");
    expect(event.pull_request.head.repo!.id).not.toBe(event.pull_request.base.repo.id);
  });

  test("apiUrl re-points every API URL at the fake", () => {
    const event = pullRequestEvent({ apiUrl: "http://127.0.0.1:9/" });
    const text = JSON.stringify(event);
    expect(text).not.toContain("https://api.github.com");
    expect(event.pull_request.comments_url).toMatch(/^http:\/\/127\.0\.0\.1:9\/repos\/.+\/issues\/\d+\/comments$/);
  });

  test("each call returns a fresh object", () => {
    const a = pullRequestEvent();
    a.pull_request.title = "mutated";
    expect(pullRequestEvent().pull_request.title).not.toBe("mutated");
  });
});

describe("pushEvent", () => {
  test("branch push with repository, ref and SHAs", () => {
    const original = webhookExamples("push").find((e) => e.ref.startsWith("refs/heads/") && e.head_commit)!;
    const event = pushEvent({ owner: "octo-org", repo: "manifests", ref: "refs/heads/main", before: BASE, after: HEAD });
    expect(event).toMatchObject({ ref: "refs/heads/main", before: BASE, after: HEAD, repository: { full_name: "octo-org/manifests" } });
    expect(event.head_commit!.id).toBe(HEAD);
    const text = JSON.stringify(event);
    expect(text).not.toContain(original.repository.full_name);
    expect(text).not.toContain(original.after);
  });
});
