/**
 * The Reporting and SmartOnboard types are plain interfaces; the schemas the mappers validate with
 * must output exactly them (a change to one without the other fails the typecheck), and the
 * unified models must be what their schemas describe.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type * as T from '../../src/index.js';
import * as S from '../../src/schemas/index.js';

type Out<K extends keyof typeof S> = (typeof S)[K] extends z.ZodMiniType ? z.output<(typeof S)[K]> : never;

describe('Reporting and SmartOnboard schemas', () => {
  it('output exactly their interfaces', () => {
    expectTypeOf<T.SrReportColumn>().toEqualTypeOf<Out<'SrReportColumnSchema'>>();
    expectTypeOf<T.SrReportFilter>().toEqualTypeOf<Out<'SrReportFilterSchema'>>();
    expectTypeOf<T.SrReportSchedule>().toEqualTypeOf<Out<'SrReportScheduleSchema'>>();
    expectTypeOf<T.SrReport>().toEqualTypeOf<Out<'SrReportSchema'>>();
    expectTypeOf<T.SrReportFile>().toEqualTypeOf<Out<'SrReportFileSchema'>>();
    expectTypeOf<T.SrSocialMedia>().toEqualTypeOf<Out<'SrSocialMediaSchema'>>();
    expectTypeOf<T.SrNewHire>().toEqualTypeOf<Out<'SrNewHireSchema'>>();
    expectTypeOf<T.SrOnboardingProcess>().toEqualTypeOf<Out<'SrOnboardingProcessSchema'>>();
    expectTypeOf<T.SrActivityAssignment>().toEqualTypeOf<Out<'SrActivityAssignmentSchema'>>();
    expectTypeOf<T.SrWebFormAssignment>().toEqualTypeOf<Out<'SrWebFormAssignmentSchema'>>();
    expectTypeOf<T.SrFillablePdfFormAssignment>().toEqualTypeOf<Out<'SrFillablePdfFormAssignmentSchema'>>();
    expectTypeOf<T.SrOnboardingAssignments>().toEqualTypeOf<Out<'SrOnboardingAssignmentsSchema'>>();
    expectTypeOf<T.SrWebFormAnswer>().toEqualTypeOf<Out<'SrWebFormAnswerSchema'>>();
    expectTypeOf<T.SrWebFormAnswers>().toEqualTypeOf<Out<'SrWebFormAnswersSchema'>>();
    expectTypeOf<T.SrWebFormFieldMetadata>().toEqualTypeOf<Out<'SrWebFormFieldMetadataSchema'>>();
    expectTypeOf<T.SrWebFormFieldsMetadata>().toEqualTypeOf<Out<'SrWebFormFieldsMetadataSchema'>>();
    expectTypeOf<T.SrActivityAssignmentAttachments>().toEqualTypeOf<
      Out<'SrActivityAssignmentAttachmentsSchema'>
    >();
    expectTypeOf<T.ReportColumn>().toEqualTypeOf<Out<'ReportColumnSchema'>>();
    expectTypeOf<T.ReportListParams>().toEqualTypeOf<Out<'ReportListParamsSchema'>>();
    expectTypeOf<T.FormAnswer>().toEqualTypeOf<Out<'FormAnswerSchema'>>();
    expectTypeOf<T.OnboardingAttachment>().toEqualTypeOf<Out<'OnboardingAttachmentSchema'>>();
    expectTypeOf<T.OnboardingListParams>().toEqualTypeOf<z.output<typeof T.OnboardingListParamsSchema>>();
    expect(
      Object.keys(S).filter((name) => /^Sr(Report|NewHire|Onboarding|WebForm)/.test(name)),
    ).not.toHaveLength(0);
  });

  it('describe the unified models exactly (with remote_data the SR record)', () => {
    expectTypeOf<T.ReportModel>().branded.toEqualTypeOf<T.ModelOf<Out<'ReportSchema'>, T.SrReport>>();
    expectTypeOf<T.ReportFileModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'ReportFileSchema'>, T.SrReportFile>
    >();
    expectTypeOf<T.NewHireModel>().branded.toEqualTypeOf<T.ModelOf<Out<'NewHireSchema'>, T.SrNewHire>>();
    expectTypeOf<T.OnboardingProcessModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'OnboardingProcessSchema'>, T.SrOnboardingProcess>
    >();
    expectTypeOf<T.OnboardingAssignmentModel>().branded.toEqualTypeOf<
      T.ModelOf<
        Out<'OnboardingAssignmentSchema'>,
        T.SrActivityAssignment | T.SrWebFormAssignment | T.SrFillablePdfFormAssignment
      >
    >();
    expectTypeOf<T.FormAnswersModel>().branded.toEqualTypeOf<
      T.ModelOf<Out<'FormAnswersSchema'>, T.SrWebFormAnswers>
    >();
    expect(S.ReportSchema.safeParse({}).success).toBe(false);
  });
});
