import { type ClientOptions, SmartRecruitersClient } from './client.js';
import type { ResourceOptions } from './core/resource.js';
import type { Mappings } from './mappers/context.js';
import { Applications } from './resources/applications.js';
import { Attachments } from './resources/attachments.js';
import { Candidates } from './resources/candidates.js';
import { Groups } from './resources/groups.js';
import { Jobs } from './resources/jobs.js';
import { Roles } from './resources/roles.js';
import { Users } from './resources/users.js';
import { Webhooks } from './resources/webhooks.js';

/** Options of `SmartRecruiters`: the client's options and the unified resources' options. */
export interface SmartRecruitersOptions<Mp extends Mappings = Mappings>
  extends ClientOptions,
    ResourceOptions<Mp> {
  /** Use this client instead of creating one from the options above. */
  client?: SmartRecruitersClient | undefined;
}

/**
 * One object with the raw client and every unified resource.
 *
 * ```ts
 * const sr = new SmartRecruiters({ apiKey: process.env.SMARTRECRUITERS_API_KEY });
 * for await (const job of sr.jobs.list({ status: 'open' })) console.log(job.name);
 * ```
 */
export class SmartRecruiters<Mp extends Mappings = Mappings> {
  /** The raw client: the whole SmartRecruiters API, 1-to-1. */
  readonly client: SmartRecruitersClient;
  /** Unified ATS: candidates. */
  readonly candidates: Candidates<Mp>;
  /** Unified ATS: applications (a candidate on a job). */
  readonly applications: Applications<Mp>;
  /** Unified ATS: jobs. */
  readonly jobs: Jobs<Mp>;
  /** Unified ATS: attachments of candidates and applications. */
  readonly attachments: Attachments<Mp>;
  /** Unified User Directory: users. */
  readonly users: Users<Mp>;
  /** Unified User Directory: system roles. */
  readonly roles: Roles<Mp>;
  /** Unified User Directory: access groups. */
  readonly groups: Groups<Mp>;
  /** Webhook subscriptions and delivery verification. */
  readonly webhooks: Webhooks;

  constructor(options: SmartRecruitersOptions<Mp> = {}) {
    const { client, includeRemoteData, mappings, hydrateConcurrency, syncOverlapMs, ...clientOptions } =
      options;
    this.client = client ?? new SmartRecruitersClient(clientOptions);
    const resource: ResourceOptions<Mp> = { includeRemoteData, mappings, hydrateConcurrency, syncOverlapMs };
    this.candidates = new Candidates(this.client, resource);
    this.applications = new Applications(this.client, resource);
    this.jobs = new Jobs(this.client, resource);
    this.attachments = new Attachments(this.client, resource);
    this.users = new Users(this.client, resource);
    this.roles = new Roles(this.client, resource);
    this.groups = new Groups(this.client, resource);
    this.webhooks = new Webhooks(this.client, { includeRemoteData });
  }
}
