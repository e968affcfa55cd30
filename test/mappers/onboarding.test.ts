import { describe, expect, it } from 'vitest';
import {
  toOnboardingAttachments,
  toUnifiedFormAnswers,
  toUnifiedNewHire,
  toUnifiedOnboardingAssignments,
  type Warning,
} from '../../src/index.js';

describe('onboarding mappers', () => {
  it("maps a new hire's social profiles to URLs, Indeed and unknown ones as other", () => {
    const hire = toUnifiedNewHire({
      id: 'h',
      firstName: 'Ada',
      lastName: 'L',
      email: 'a@x.example',
      socialMedia: {
        indeed: 'https://indeed.example/a',
        linkedIn: 'https://li.example/a',
        mastodon: 'https://m.example/a',
      },
    });
    expect(hire.name).toBe('Ada L');
    expect(hire.urls).toEqual([
      { url: 'https://li.example/a', type: 'linkedin' },
      { url: 'https://indeed.example/a', type: 'other' },
      { url: 'https://m.example/a', type: 'other' },
    ]);
  });

  it('keeps the assignments of a list SmartOnboard adds, as other', () => {
    const warnings: Warning[] = [];
    const assignments = toUnifiedOnboardingAssignments(
      {
        activityAssignments: [{ id: 'a', title: 'Do', isFileUploadRequired: false }],
        webFormAssignments: [],
        fillablePdfFormAssignments: [{ id: 'p', title: 'Sign', fileName: 'f.pdf' }],
        videoAssignments: [{ id: 'v', title: 'Watch' }],
        note: 'not a list',
      },
      { processId: 'proc', warnings },
    );
    expect(assignments.map((a) => [a.id, a.kind, a.remote_kind])).toEqual([
      ['a', 'activity', 'activityAssignments'],
      ['p', 'fillable_pdf_form', 'fillablePdfFormAssignments'],
      ['v', 'other', 'videoAssignments'],
    ]);
    expect(assignments[1]).toMatchObject({ file_name: 'f.pdf', process: { id: 'proc' } });
    expect(warnings).toEqual([]);
  });

  it("reads answers given as SR's specification has them (one) or as a list", () => {
    const fields = {
      fields: {
        f1: { type: 'TEXT', title: 'Name', isRequired: true },
        f2: { type: 'DATE', title: 'Born', isRequired: false },
      },
    };
    const one = toUnifiedFormAnswers(
      { answers: { fieldId: 'f1', answerValue: ['Ada'] } },
      { assignmentId: 'w', fields },
    );
    expect(one.answers).toEqual([
      {
        field_id: 'f1',
        integration_key: null,
        title: 'Name',
        type: 'TEXT',
        is_required: true,
        values: ['Ada'],
      },
    ]);
    expect(one.unanswered_fields?.map((f) => f.field_id)).toEqual(['f2']);
    const many = toUnifiedFormAnswers(
      {
        answers: [
          { fieldId: 'f1', answerValue: ['Ada'] },
          { fieldId: 'f2', answerValue: ['1815-12-10'] },
        ],
      },
      { assignmentId: 'w' },
    );
    expect(many.answers.map((a) => a.values)).toEqual([['Ada'], ['1815-12-10']]);
    expect(many.not_fetched).toEqual(['unanswered_fields']);
  });

  it("maps an activity's file ids", () => {
    expect(toOnboardingAttachments({ attachmentIds: ['x', 'y'] }, 'act')).toEqual([
      { id: 'x', assignment: { id: 'act' } },
      { id: 'y', assignment: { id: 'act' } },
    ]);
  });
});
