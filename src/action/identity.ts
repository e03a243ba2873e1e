// Who the token comments as, so the sticky comment is recognised as our own. GET /user is refused
// to installation tokens (the workflow's GITHUB_TOKEN, GitHub App tokens) and GET /app needs the
// App's JWT; GraphQL's `viewer` answers every kind: `github-actions[bot]` for the workflow token,
// `<app-slug>[bot]` for an App installation token, the user's login for a personal token.
import * as core from "@actions/core";
import type * as github from "@actions/github";

type Octokit = ReturnType<typeof github.getOctokit>;

/** The login comments made with a workflow's GITHUB_TOKEN are attributed to. */
export const ACTIONS_BOT = "github-actions[bot]";

/** GitHub's token prefixes: `ghs_` installation (server-to-server), the others act as a user. */
export type TokenKind = "installation" | "user" | "unknown";

export function tokenKind(token: string): TokenKind {
  if (token.startsWith("ghs_")) return "installation";
  if (/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) return "user";
  return "unknown";
}

/**
 * The token's login from GraphQL `viewer` (one request). When that fails, an installation token is
 * taken for the workflow token, whose comments are github-actions[bot]'s; other tokens get no login
 * (their comments are not recognised and a new one is created) and a warning says why.
 */
export async function ownLogin(octokit: Octokit, kind: TokenKind): Promise<string> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: string } }>("query { viewer { login } }");
    const login = data.viewer?.login;
    if (login) return login;
    throw new Error("the answer has no viewer.login");
  } catch (err) {
    const reason = (err as Error).message.replace(/\.+$/, "");
    if (kind === "installation") {
      core.info(`The token's login could not be read (${reason}); taking it for the workflow token, ${ACTIONS_BOT}.`);
      return ACTIONS_BOT;
    }
    core.warning(`tollgate could not tell which account its token comments as (${reason}); its earlier comment cannot be recognised, so a new one may be posted.`);
    return "";
  }
}
