/**
 * The assessment interfaces are plain, and the schemas that check them at run time output exactly
 * them: a change to one without the other fails the typecheck.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  SrAssessment,
  SrAssessmentPackage,
  SrAssessmentPackageOrderRequest,
  SrAssessmentResultInput,
  SrClientCredentials,
  SrInlineAssessmentPackageOrderRequest,
  SrOrderCandidate,
  SrOrderJob,
  SrPackageResultInput,
  SrPartnerConfigurationRequest,
  SrScore,
} from '../../src/index.js';
import * as S from '../../src/schemas/sr/assessment.js';

describe('assessment schemas and interfaces', () => {
  it('output exactly the interfaces', () => {
    expectTypeOf<
      z.output<typeof S.SrPartnerConfigurationRequestSchema>
    >().toEqualTypeOf<SrPartnerConfigurationRequest>();
    expectTypeOf<z.output<typeof S.SrClientCredentialsSchema>>().toEqualTypeOf<SrClientCredentials>();
    expectTypeOf<z.output<typeof S.SrScoreSchema>>().toEqualTypeOf<SrScore>();
    expectTypeOf<z.output<typeof S.SrAssessmentResultInputSchema>>().toEqualTypeOf<SrAssessmentResultInput>();
    expectTypeOf<z.output<typeof S.SrPackageResultInputSchema>>().toEqualTypeOf<SrPackageResultInput>();
    expectTypeOf<z.output<typeof S.SrAssessmentSchema>>().toEqualTypeOf<SrAssessment>();
    expectTypeOf<z.output<typeof S.SrAssessmentPackageSchema>>().toEqualTypeOf<SrAssessmentPackage>();
    expectTypeOf<z.output<typeof S.SrOrderCandidateSchema>>().toEqualTypeOf<SrOrderCandidate>();
    expectTypeOf<z.output<typeof S.SrOrderJobSchema>>().toEqualTypeOf<SrOrderJob>();
    expectTypeOf<
      z.output<typeof S.SrAssessmentPackageOrderRequestSchema>
    >().toEqualTypeOf<SrAssessmentPackageOrderRequest>();
    expectTypeOf<
      z.output<typeof S.SrInlineAssessmentPackageOrderRequestSchema>
    >().toEqualTypeOf<SrInlineAssessmentPackageOrderRequest>();
  });

  it('refuse a score outside its bounds and a result status SmartRecruiters does not have', () => {
    expect(S.SrScoreSchema.safeParse({ raw: 101, min: 0, max: 100 }).success).toBe(false);
    expect(S.SrScoreSchema.safeParse({ raw: 5, min: 10, max: 1 }).success).toBe(false);
    expect(S.SrScoreSchema.safeParse({ raw: 1.5, min: 0, max: 2 }).success).toBe(false);
    expect(S.SrScoreSchema.safeParse({ raw: 100, min: 0, max: 100 }).success).toBe(true);
    expect(S.SrPackageResultInputSchema.safeParse({ status: 'DONE' }).success).toBe(false);
    expect(S.SrPackageResultInputSchema.safeParse({ status: 'COMPLETED', summary: 'ok' }).success).toBe(true);
  });
});
