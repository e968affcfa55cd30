import { describe, expect, it } from 'vitest';
import * as mappers from '../../src/mappers/index.js';

describe('mappers barrel', () => {
  it('exports exactly the public mapper names', () => {
    expect(Object.keys(mappers).sort()).toEqual([
      'APPLICATION_STATUS_MAP',
      'APPLICATION_STATUS_TO_SR',
      'ATTACHMENT_TYPE_MAP',
      'ATTACHMENT_TYPE_TO_SR',
      'CONSENT_STATUS_MAP',
      'HIRING_TEAM_ROLE_MAP',
      'JOB_STATUS_FILTER_MAP',
      'JOB_STATUS_MAP',
      'JOB_STATUS_WRITE_DEFAULTS',
      'POSTING_STATUS_MAP',
      'POSTING_STATUS_TO_SR',
      'SSO_LOGIN_MODE_TO_SR',
      'applicationId',
      'parseApplicationId',
      'toApplicationOutcome',
      'toSrApplicationInput',
      'toSrApplicationListQuery',
      'toSrApplicationStatusFilter',
      'toSrAttachmentType',
      'toSrAttachmentUpload',
      'toSrCandidateInput',
      'toSrCandidateListQuery',
      'toSrCandidatePropertyValues',
      'toSrCandidateStatus',
      'toSrCandidateTags',
      'toSrJobInput',
      'toSrJobListQuery',
      'toSrJobPatch',
      'toSrJobStatus',
      'toSrJobStatusFilter',
      'toSrPersonalDetails',
      'toSrPostingStatusFilter',
      'toSrSourceDetails',
      'toSrUserInput',
      'toSrUserListQuery',
      'toSrUserPatch',
      'toUnifiedApplication',
      'toUnifiedApplicationStatus',
      'toUnifiedApplicationsFromCandidate',
      'toUnifiedAttachment',
      'toUnifiedAttachmentType',
      'toUnifiedCandidate',
      'toUnifiedCandidateProperties',
      'toUnifiedConsentStatus',
      'toUnifiedGroup',
      'toUnifiedHiringTeamRole',
      'toUnifiedJob',
      'toUnifiedJobStatus',
      'toUnifiedPostingStatus',
      'toUnifiedRole',
      'toUnifiedScreeningAnswers',
      'toUnifiedUser',
      'toUnifiedUserStatus',
    ]);
  });

  it('exports maps (UPPER_CASE) and functions only', () => {
    for (const [name, value] of Object.entries(mappers)) {
      expect([name, typeof value]).toEqual([name, /^[A-Z_]+$/.test(name) ? 'object' : 'function']);
    }
  });
});
