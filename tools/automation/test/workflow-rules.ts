/**
 * The security rules every workflow of .github/workflows follows, as one
 * function that lists what a workflow's text breaks. The tests run it on the
 * real workflows (no problem) and on broken ones (each rule fires).
 */
import { parse } from 'yaml';

/**
 * The actions we use, each pinned to the commit its release tag points to.
 * Read from each action's own git repository (tag → commit, `git rev-parse
 * <tag>^{commit}`); a new pin is a deliberate change here and in the workflows.
 */
export const pinnedActions: Readonly<Record<string, { sha: string; tag: string }>> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', tag: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', tag: 'v7.0.0' },
  'pnpm/action-setup': { sha: 'fe02b34f77f8bc703788d5817da081398fad5dd2', tag: 'v4.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', tag: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', tag: 'v8.0.1' },
  'marocchino/sticky-pull-request-comment': { sha: '5770ad5eb8f42dd2c4f34da00c94c5381e49af88', tag: 'v3.0.5' },
  'peter-evans/create-pull-request': { sha: '5f6978faf089d4d20b00c7766989d076bb2fc7f1', tag: 'v8.1.1' },
  // v1: the line for @changesets/cli 2 (v2 of the action needs Changesets 3, which needs Node.js 22).
  'changesets/action': { sha: 'a45c4d594aa4e2c509dc14a9f2b3b67ba3780d0d', tag: 'v1.9.0' },
  'actions/configure-pages': { sha: '983d7736d9b0ae728b81ab479565c72886d7745b', tag: 'v5.0.0' },
  'actions/upload-pages-artifact': { sha: 'fc324d3547104276b827a68afc52ff2a11cc49c9', tag: 'v5.0.0' },
  'actions/deploy-pages': { sha: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', tag: 'v5.0.0' },
};

/** Triggers that run with the base repository's token and secrets while a pull request's code is at hand. */
const privilegedTriggers = ['pull_request_target', 'workflow_run'];

/** Expressions an outsider controls: a pull request's or issue's texts, a branch name. */
const attackerControlled = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.)/;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  permissions?: unknown;
  steps?: Step[];
  [key: string]: unknown;
}

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
  [key: string]: unknown;
}

/** The permissions each job has, by `workflow file/job id`. */
export function permissionsOf(name: string, text: string): Record<string, unknown> {
  const workflow = parse(text) as Workflow;
  return Object.fromEntries(Object.entries(workflow.jobs ?? {}).map(([id, job]) => [`${name}/${id}`, job.permissions]));
}

/** The triggers of a workflow, as names. */
function triggersOf(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys((on as Record<string, unknown>) ?? {});
}

/** What `text` (the workflow file `name`) breaks, one line each; empty when it follows every rule. */
export function workflowProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  const workflow = parse(text) as Workflow;

  // Every `uses:` is a full commit SHA with the release tag as a comment, and the SHA is the reviewed one.
  for (const [index, line] of text.split('\n').entries()) {
    const match = /^\s*(?:-\s+)?uses:\s*(?<target>\S+?)(?:\s+#\s*(?<tag>\S+))?\s*$/.exec(line);
    if (!match?.groups) continue;
    const where = `${name}:${index + 1}`;
    const target = match.groups['target'] ?? '';
    const tag = match.groups['tag'];
    if (target.startsWith('./')) continue;
    const pinned = /^(?<action>[\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@(?<sha>[0-9a-f]{40})$/.exec(target);
    if (!pinned?.groups) {
      problems.push(`${where}: expected an action pinned by its full commit SHA, found ${target}`);
      continue;
    }
    const action = pinned.groups['action'] ?? '';
    const reviewed = pinnedActions[action];
    if (!reviewed) problems.push(`${where}: expected one of the reviewed actions, found ${action}`);
    else if (reviewed.sha !== pinned.groups['sha'] || reviewed.tag !== tag) {
      problems.push(`${where}: expected ${action}@${reviewed.sha} # ${reviewed.tag}, found ${target} # ${tag ?? '(no tag comment)'}`);
    }
  }

  const triggers = triggersOf(workflow);
  for (const trigger of triggers.filter((candidate) => privilegedTriggers.includes(candidate))) {
    problems.push(`${name}: expected no ${trigger} trigger (it runs with write access and secrets next to a pull request's code)`);
  }

  // Nothing by default; each job says what it needs.
  if (!isEmptyPermissions(workflow.permissions)) problems.push(`${name}: expected "permissions: {}" at the top, found ${JSON.stringify(workflow.permissions)}`);

  const runsPullRequestCode = triggers.includes('pull_request');
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${name}/${id}`;
    const permissions = job.permissions;
    if (typeof permissions !== 'object' || permissions === null) {
      problems.push(`${where}: expected its own permissions, scope by scope, found ${JSON.stringify(permissions)}`);
    }
    const writes = Object.entries((permissions as Record<string, string>) ?? {}).filter(([, level]) => level === 'write');
    const steps = job.steps ?? [];
    const checksOut = steps.some((step) => step.uses?.startsWith('actions/checkout@'));
    const runsCode = steps.some((step) => step.run !== undefined);
    if (runsPullRequestCode && checksOut && runsCode && writes.length > 0) {
      problems.push(`${where}: expected a job that runs a pull request's code to only read, found ${writes.map(([scope]) => `${scope}: write`).join(', ')}`);
    }
    for (const step of steps) {
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        problems.push(`${where}: expected actions/checkout with persist-credentials: false, so later steps cannot reuse the token`);
      }
      if (step.run !== undefined && /\$\{\{/.test(step.run)) {
        const kind = attackerControlled.test(step.run) ? 'an outsider-controlled expression' : 'an expression';
        problems.push(`${where}: expected values to reach run: through env:, found ${kind} in "${step.run.trim().split('\n')[0]}"`);
      }
    }
  }

  // Secrets only in the release job.
  for (const [index, line] of text.split('\n').entries()) {
    if (!/\bsecrets\./.test(line.replace(/#.*$/, ''))) continue;
    const job = jobAtLine(text, index);
    if (!(name === 'release.yml' && job === 'release'))
      problems.push(`${name}:${index + 1}: expected secrets only in release.yml's release job, found one in ${job ?? 'the workflow'}`);
  }
  return problems;
}

function isEmptyPermissions(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The job whose block holds line `index` of the workflow's text (jobs are indented by two spaces under `jobs:`). */
function jobAtLine(text: string, index: number): string | undefined {
  const lines = text.split('\n');
  const jobsLine = lines.findIndex((line) => /^jobs:\s*$/.test(line));
  if (jobsLine < 0 || index < jobsLine) return undefined;
  for (let line = index; line > jobsLine; line--) {
    const match = /^ {2}([\w-]+):\s*$/.exec(lines[line] ?? '');
    if (match) return match[1];
  }
  return undefined;
}
