import { describe, expect, expectTypeOf, it } from 'vitest';
import { toUnifiedApplication } from '../../src/mappers/application.js';
import { toUnifiedCandidate } from '../../src/mappers/candidate.js';
import type { CustomMappingsOf, Mappings, ModelsOf } from '../../src/mappers/context.js';
import { toUnifiedJob } from '../../src/mappers/job.js';
import type { Application } from '../../src/schemas/unified/application.js';
import type { Attachment } from '../../src/schemas/unified/attachment.js';
import type { Candidate } from '../../src/schemas/unified/candidate.js';
import type {
  Department,
  JobInterviewStage,
  Office,
  RejectReason,
  Source,
  SourceType,
} from '../../src/schemas/unified/configuration.js';
import type { Group } from '../../src/schemas/unified/group.js';
import type { Interview } from '../../src/schemas/unified/interview.js';
import type { Job } from '../../src/schemas/unified/job.js';
import type { Offer } from '../../src/schemas/unified/offer.js';
import type {
  FormAnswers,
  NewHire,
  OnboardingAssignment,
  OnboardingProcess,
} from '../../src/schemas/unified/onboarding.js';
import type { Report, ReportFile } from '../../src/schemas/unified/report.js';
import type { Role } from '../../src/schemas/unified/role.js';
import type { Scorecard } from '../../src/schemas/unified/scorecard.js';
import type { User } from '../../src/schemas/unified/user.js';

/** What a resource generic over the user's mappings does: hand the configured mapping to the mapper. */
function makeClient<Mp extends Mappings = Mappings>(mappings?: Mp) {
  const configured = (mappings ?? {}) as Mappings;
  return {
    candidate: (raw: unknown): ModelsOf<Mp>['candidate'] =>
      toUnifiedCandidate(raw, { mapping: configured.candidate }) as ModelsOf<Mp>['candidate'],
    job: (raw: unknown): ModelsOf<Mp>['job'] =>
      toUnifiedJob(raw, { mapping: configured.job }) as ModelsOf<Mp>['job'],
    application: (raw: unknown): ModelsOf<Mp>['application'] =>
      toUnifiedApplication(raw, {
        candidateId: 'c',
        jobId: 'j',
        mapping: configured.application,
      }) as ModelsOf<Mp>['application'],
  };
}

describe('Mappings type helpers', () => {
  it('derive each model type from the mappings object (the contract example)', () => {
    const client = makeClient({
      candidate: (raw, unified) => ({
        linkedin_slug: raw.web?.linkedin?.split('/').pop(),
        first: unified.first_name,
      }),
      job: (raw) => raw.refNumber?.length ?? 0,
    });
    const candidate = client.candidate({ id: 'c', web: { linkedin: 'https://www.linkedin.com/in/ada' } });
    expect(candidate.custom_mappings).toEqual({ linkedin_slug: 'ada', first: null });
    expectTypeOf(candidate.custom_mappings).toEqualTypeOf<{
      linkedin_slug: string | undefined;
      first: string | null;
    }>();

    const job = client.job({ id: 'j', refNumber: 'REF-1' });
    expect(job.custom_mappings).toBe(5);
    expectTypeOf(job).toEqualTypeOf<Job<number>>();

    const application = client.application({});
    expect('custom_mappings' in application).toBe(false);
    expectTypeOf(application).toEqualTypeOf<Application>();
  });

  it('give plain models when no mappings are configured', () => {
    const client = makeClient();
    expectTypeOf(client.candidate({ id: 'c' })).toEqualTypeOf<Candidate>();
    expectTypeOf<ModelsOf<Mappings>>().toEqualTypeOf<{
      candidate: Candidate;
      application: Application;
      job: Job;
      attachment: Attachment;
      user: User;
      role: Role;
      group: Group;
      offer: Offer;
      interview: Interview;
      scorecard: Scorecard;
      rejectReason: RejectReason;
      department: Department;
      office: Office;
      sourceType: SourceType;
      source: Source;
      jobInterviewStage: JobInterviewStage;
      report: Report;
      reportFile: ReportFile;
      newHire: NewHire;
      onboardingProcess: OnboardingProcess;
      onboardingAssignment: OnboardingAssignment;
      formAnswers: FormAnswers;
    }>();
  });

  it('map every model name to its mapping output', () => {
    type Mp = { user: () => { x: 1 }; group: () => string[] };
    expectTypeOf<CustomMappingsOf<Mp>>().toEqualTypeOf<{
      candidate: never;
      application: never;
      job: never;
      attachment: never;
      user: { x: 1 };
      role: never;
      group: string[];
      offer: never;
      interview: never;
      scorecard: never;
      rejectReason: never;
      department: never;
      office: never;
      sourceType: never;
      source: never;
      jobInterviewStage: never;
      report: never;
      reportFile: never;
      newHire: never;
      onboardingProcess: never;
      onboardingAssignment: never;
      formAnswers: never;
    }>();
    expectTypeOf<ModelsOf<Mp>['user']>().toEqualTypeOf<User<{ x: 1 }>>();
    expectTypeOf<ModelsOf<Mp>['user']['custom_mappings']>().toEqualTypeOf<{ x: 1 }>();
  });
});
