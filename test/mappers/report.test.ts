import { describe, expect, it } from 'vitest';
import {
  REPORT_APPLICATION_NOT_AVAILABLE,
  reportLayout,
  toReportRow,
  toReportValue,
  toUnifiedApplicationFromReportRow,
  toUnifiedReport,
  toUnifiedReportFile,
  type Warning,
} from '../../src/index.js';

describe('toUnifiedReportFile', () => {
  it('maps statuses, keeping an unknown one as other with its SR value', () => {
    const file = toUnifiedReportFile({
      reportFileId: 'f1',
      reportId: 'r1',
      reportFileStatus: 'FAILED',
      errorReason: 'SYSTEM_ROLE_MISMATCH',
      scheduleType: 'SCHEDULED',
      schedulingDate: '2026-01-01T00:00:00.000Z',
      generationDate: '2026-01-01T00:05:00.000Z',
      columns: [{ dataPointName: 'Score', dataPointType: 'PERCENT' }],
    });
    expect(file).toMatchObject({
      id: 'f1',
      report: { id: 'r1' },
      status: 'failed',
      error_reason: 'SYSTEM_ROLE_MISMATCH',
      schedule_type: 'scheduled',
      created_at: '2026-01-01T00:00:00.000Z',
      generated_at: '2026-01-01T00:05:00.000Z',
      columns: [{ name: 'Score', type: 'other', remote_type: 'PERCENT' }],
    });
    expect(toUnifiedReportFile({ reportFileId: 'f2', reportFileStatus: 'QUEUED' })).toMatchObject({
      status: 'other',
      remote_status: 'QUEUED',
      schedule_type: null,
    });
  });

  it('never throws on a bad field: a warning, mapped as missing, the record kept', () => {
    const warnings: Warning[] = [];
    const report = toUnifiedReport(
      { reportId: 'r', name: 42, reportFormats: ['CSV', 'EXCEL'] },
      { warnings },
    );
    expect(report).toMatchObject({ id: 'r', name: null, formats: ['csv', 'excel'] });
    expect(report.remote_data).toMatchObject({ name: 42 });
    expect(warnings.map((w) => w.path)).toEqual([['name']]);
  });
});

describe('report rows', () => {
  const columns = toUnifiedReportFile({
    reportFileId: 'f',
    columns: [
      { dataPointName: 'Id', dataPointType: 'ID' },
      { dataPointName: 'Count', dataPointType: 'NUMBER' },
      { dataPointName: 'Flag', dataPointType: 'BOOLEAN' },
    ],
  }).columns;

  it('types values by column, and keeps what a type cannot read as text', () => {
    expect(toReportValue('', 'number')).toBeNull();
    expect(toReportValue(' 12.5 ', 'decimal')).toBe(12.5);
    expect(toReportValue('TRUE', 'boolean')).toBe(true);
    expect(toReportValue('no', 'boolean')).toBe(false);
    expect(toReportValue('007', 'id')).toBe('007');
    expect(toReportValue('n/a', 'number')).toBe('n/a');
  });

  it('names repeated headers apart, matches columns by name, and takes __proto__ as a column like any other', () => {
    const layout = reportLayout(['Flag', 'Id', 'Id', '__proto__'], columns);
    expect(layout.names).toEqual(['Flag', 'Id', 'Id (2)', '__proto__']);
    const row = toReportRow(['true', '1', '2', 'x'], layout);
    expect(row).toEqual(
      Object.fromEntries([
        ['Flag', true],
        ['Id', '1'],
        ['Id (2)', '2'],
        ['__proto__', 'x'],
      ]),
    );
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});

describe('toUnifiedApplicationFromReportRow', () => {
  it("reads an application's fields, SR's status however Report Builder writes it", () => {
    const app = toUnifiedApplicationFromReportRow({
      'Candidate ID': 'c1',
      'Job ID': 'j1',
      'Candidate First Name': 'Ada',
      'Candidate Last Name': 'Lovelace',
      'Job Title': 'Engineer',
      'Application Status': 'In Review',
      'Application ID': 'ja1',
      'Hire Date': null,
    });
    expect(app).toMatchObject({
      id: 'c1:j1',
      candidate: { id: 'c1', name: 'Ada Lovelace' },
      job: { id: 'j1', name: 'Engineer' },
      status: 'in_review',
      remote_status: 'IN_REVIEW',
      outcome: 'pending',
      job_application_id: 'ja1',
      not_fetched: [...REPORT_APPLICATION_NOT_AVAILABLE],
    });
  });

  it('reads columns named otherwise, and drops remote_data when asked', () => {
    const app = toUnifiedApplicationFromReportRow(
      { Cand: 'c', Job: 'j', State: 'HIRED' },
      { columns: { candidate_id: 'Cand', job_id: 'Job', status: 'State' }, includeRemoteData: false },
    );
    expect(app).toMatchObject({ id: 'c:j', status: 'hired', outcome: 'hired' });
    expect(app && 'remote_data' in app).toBe(false);
  });
});
