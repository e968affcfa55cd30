/**
 * Run-time checks of the Assessment Partner API's shapes
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021): what the SDK sends
 * (a partner's configuration, credentials, results, and the packages the handler kit answers
 * with), checked strictly before anything leaves; and what SmartRecruiters sends the kit (orders),
 * checked for what the kit relies on and otherwise taken as received. Each schema's output is the
 * interface of the same name (test/assessments/schemas.test.ts).
 */
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

/** SmartRecruiters' assessment types. */
export const SR_ASSESSMENT_TYPES = [
  'VIDEO_INTERVIEW',
  'BEHAVIORAL_ASSESSMENT',
  'BACKGROUND_CHECK',
  'REFERENCE_CHECK',
  'SKILL_TEST',
  'INLINE_ASSESSMENT',
] as const;
/** SmartRecruiters' result statuses. */
export const SR_ASSESSMENT_RESULT_STATUSES = [
  'IN_PROGRESS',
  'PENDING',
  'COMPLETED',
  'REJECTED',
  'EXPIRED',
] as const;

const Text = z.string().check(z.minLength(1));
/** An http(s) URL (SmartRecruiters calls the partner's endpoints over https). */
const HttpUrl = z.url({ protocol: /^https?$/ });
const DateTime = z.iso.datetime({ offset: true });

/** `PartnerConfigurationRequest`. */
export const SrPartnerConfigurationRequestSchema = z.strictObject({
  assessmentPackageListUrl: HttpUrl,
  singleAssessmentPackageUrl: HttpUrl,
  consentUrl: HttpUrl,
  consentDisplayMode: z.enum(['REDIRECT', 'POPUP']),
  oauthTokenUrl: HttpUrl,
  supportedAssessmentTypes: z
    .array(z.enum(SR_ASSESSMENT_TYPES))
    .check(z.minLength(1), z.maxLength(SR_ASSESSMENT_TYPES.length)),
  packageOrderUrl: z.optional(HttpUrl),
  inlineAssessmentPackageOrderUrl: z.optional(HttpUrl),
  integrationDisableUrl: z.optional(HttpUrl),
  fields: z.optional(
    z.array(z.strictObject({ id: Text, name: Text, description: z.string() })).check(z.maxLength(5)),
  ),
});

/** `ClientCredentials`. */
export const SrClientCredentialsSchema = z.strictObject({ clientId: Text, clientSecret: Text });

/** `Score`: integers, `raw` within `min`..`max`. */
export const SrScoreSchema = z.strictObject({ raw: z.int(), min: z.int(), max: z.int() }).check(
  z.refine(refinements.scoreBoundsOrdered, { message: 'min must not be above max', path: ['min'] }),
  z.refine(refinements.scoreWithinBounds, {
    message: 'must be within min and max (both included)',
    path: ['raw'],
  }),
);

const Status = z.enum(SR_ASSESSMENT_RESULT_STATUSES);

/** One assessment's result, as a partner sends it. */
export const SrAssessmentResultInputSchema = z.strictObject({
  assessmentId: Text,
  name: z.optional(z.string()),
  assessmentName: z.optional(z.string()),
  status: z.optional(Status),
  score: z.optional(SrScoreSchema),
  scoreLabel: z.optional(z.string()),
  summary: z.optional(z.string()),
  assessmentDate: z.optional(DateTime),
  submissionDate: z.optional(DateTime),
});

/** `PackageResult` as a partner sends it (a merge patch: every field optional). */
export const SrPackageResultInputSchema = z.strictObject({
  status: z.optional(Status),
  score: z.optional(SrScoreSchema),
  scoreLabel: z.optional(z.string()),
  summary: z.optional(z.string()),
  name: z.optional(z.string()),
  assessmentPackageDate: z.optional(DateTime),
  submissionDate: z.optional(DateTime),
  assessmentResults: z.optional(z.array(SrAssessmentResultInputSchema)),
});

/** `Assessment`: one assessment of a package. */
export const SrAssessmentSchema = z.strictObject({
  id: Text,
  name: z.optional(z.string()),
  description: z.string(),
  type: z.enum(SR_ASSESSMENT_TYPES),
});

/** `AssessmentPackage`, as the handler kit answers it. */
export const SrAssessmentPackageSchema = z.strictObject({
  id: Text,
  name: Text,
  description: z.string(),
  type: z.enum(SR_ASSESSMENT_TYPES),
  assessments: z.array(SrAssessmentSchema),
});

const Action = z.looseObject({ url: z.string(), method: z.nullish(z.string()) });
const Fields = z.nullish(z.record(z.string(), z.string()));

/** The candidate of an order: its `id` is relied on, the rest taken as received. */
export const SrOrderCandidateSchema = z.looseObject({
  id: Text,
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  email: z.nullish(z.string()),
  internal: z.nullish(z.boolean()),
  applicationLanguage: z.nullish(z.string()),
  createdOn: z.nullish(z.string()),
  updatedOn: z.nullish(z.string()),
  location: z.nullish(z.record(z.string(), z.unknown())),
  tags: z.nullish(z.array(z.string())),
  actions: z.nullish(z.looseObject({ details: z.nullish(Action), properties: z.nullish(Action) })),
});

/** The job of an order: its `id` is relied on. */
export const SrOrderJobSchema = z.looseObject({
  id: Text,
  title: z.nullish(z.string()),
  refNumber: z.nullish(z.string()),
  status: z.nullish(z.string()),
  postingStatus: z.nullish(z.string()),
  location: z.nullish(z.record(z.string(), z.unknown())),
  department: z.nullish(z.record(z.string(), z.unknown())),
});

/** `AssessmentPackageOrderRequest`, as SmartRecruiters sends it. */
export const SrAssessmentPackageOrderRequestSchema = z.looseObject({
  assessmentPackageId: Text,
  companyId: Text,
  candidate: SrOrderCandidateSchema,
  job: SrOrderJobSchema,
  resultCallbackURL: HttpUrl,
  jobId: z.nullish(z.string()),
  fields: Fields,
  requester: z.nullish(z.looseObject({ email: z.nullish(z.string()), userId: z.nullish(z.string()) })),
});

/** `InlineAssessmentPackageOrderRequest`, as SmartRecruiters sends it. */
export const SrInlineAssessmentPackageOrderRequestSchema = z.looseObject({
  assessmentPackageId: Text,
  companyId: Text,
  candidate: z.looseObject({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    applicationLanguage: z.string(),
  }),
  job: z.looseObject({ id: Text }),
  completedAssessmentCallbackUrl: HttpUrl,
  resultCallbackURL: HttpUrl,
  jobId: z.nullish(z.string()),
  fields: Fields,
});
